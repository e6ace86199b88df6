package org.beamcat.landing.exports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beamcat.landing.exports.Exports.Format;

/**
 * What an Accept header asks of a DOI's URL: the HTML page, one of the export formats, or nothing we
 * have (406). Entries are tried by falling quality, ties in header order; {@code q=0} excludes a type.
 * {@code application/vnd.schemaorg.ld+json} is DataCite's alias of JSON-LD.
 *
 * @param format the export, or empty for the HTML page (and for 406)
 */
public record Negotiation(Optional<Format> format, boolean acceptable) {

    public static final Negotiation HTML = new Negotiation(Optional.empty(), true);
    public static final Negotiation NOT_ACCEPTABLE = new Negotiation(Optional.empty(), false);

    private record Entry(String type, double q, int order) {
    }

    public static Negotiation of(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        List<Entry> entries = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            String type = pieces[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int j = 1; j < pieces.length; j++) {
                String parameter = pieces[j].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0 && !type.isEmpty()) {
                entries.add(new Entry(type, q, i));
            }
        }
        entries.sort(Comparator.comparingDouble(Entry::q).reversed().thenComparingInt(Entry::order));
        for (Entry entry : entries) {
            Optional<Negotiation> answer = answer(entry.type());
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return NOT_ACCEPTABLE;
    }

    private static Optional<Negotiation> answer(String type) {
        switch (type) {
            case "text/html", "application/xhtml+xml", "text/*", "*/*" -> {
                return Optional.of(HTML);
            }
            case "application/vnd.schemaorg.ld+json" -> {
                return Optional.of(new Negotiation(Optional.of(Format.JSON_LD), true));
            }
            default -> {
                for (Format f : Format.values()) {
                    if (f.mediaType.equals(type)) {
                        return Optional.of(new Negotiation(Optional.of(f), true));
                    }
                }
                return Optional.empty();
            }
        }
    }
}
