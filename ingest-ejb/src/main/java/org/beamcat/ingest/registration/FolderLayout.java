package org.beamcat.ingest.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the dataset folders of a proposal on a beamline may lie, as a pattern of folder names relative to
 * the data root, such as {@code visitor/{proposal}/{beamline}/**}.
 *
 * <p>Segments: a literal folder name (matched exactly, case included); {@code {proposal}} and
 * {@code {beamline}}, which match a folder name equal to the message's proposal or beamline once both are
 * {@linkplain #normalised normalised} (so {@code ma4321} and {@code MA-4321} both stand for proposal
 * MA-4321, {@code id11} for beamline ID11); {@code *}, any one folder; and {@code **}, last only, one or
 * more folders. A pattern names at least one of the two placeholders, so no layout accepts any folder.
 */
public final class FolderLayout {

    static final String PROPOSAL = "{proposal}";
    static final String BEAMLINE = "{beamline}";
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private final String text;
    private final List<String> segments;

    private FolderLayout(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    /**
     * @throws IllegalArgumentException the text is not a layout; the message says why
     */
    public static FolderLayout parse(String text) {
        String pattern = text.strip();
        if (pattern.isEmpty() || pattern.startsWith("/") || pattern.endsWith("/")) {
            throw new IllegalArgumentException("'" + text + "' is not a folder layout: expected folder names separated"
                    + " by '/', relative to the data root, such as visitor/{proposal}/{beamline}/**");
        }
        List<String> segments = List.of(pattern.split("/", -1));
        boolean placeholder = false;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean known = segment.equals(PROPOSAL) || segment.equals(BEAMLINE);
            if (known && seen.contains(segment)) {
                throw new IllegalArgumentException("'" + text + "' names " + segment + " twice");
            }
            if (known) {
                seen.add(segment);
                placeholder = true;
            } else if (segment.equals("**") && i != segments.size() - 1) {
                throw new IllegalArgumentException("'" + text + "': ** may only be the last folder");
            } else if (!known && !segment.equals("*") && !segment.equals("**")
                    && (!LITERAL.matcher(segment).matches() || segment.equals(".") || segment.equals(".."))) {
                throw new IllegalArgumentException("'" + text + "': '" + segment + "' is neither a folder name nor"
                        + " one of {proposal}, {beamline}, *, **");
            }
        }
        if (!placeholder) {
            throw new IllegalArgumentException("'" + text + "' names neither {proposal} nor {beamline}, so it would"
                    + " accept the folders of every proposal");
        }
        return new FolderLayout(pattern, segments);
    }

    /** Whether the folder (relative to the data root, '/'-separated) lies where this layout puts it. */
    public boolean matches(String relativeFolder, String proposal, String beamline) {
        List<String> folder = List.of(relativeFolder.split("/"));
        int i = 0;
        for (; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.equals("**")) {
                return folder.size() > i;
            }
            if (i >= folder.size()) {
                return false;
            }
            String name = folder.get(i);
            boolean match = switch (segment) {
                case PROPOSAL -> !normalised(name).isEmpty() && normalised(name).equals(normalised(proposal));
                case BEAMLINE -> !normalised(name).isEmpty() && normalised(name).equals(normalised(beamline));
                case "*" -> true;
                default -> segment.equals(name);
            };
            if (!match) {
                return false;
            }
        }
        return folder.size() == segments.size();
    }

    /**
     * A proposal or beamline as folders name it: lower case, letters and digits only ({@code MA-4321} →
     * {@code ma4321}, {@code ID11} → {@code id11}), the ESRF convention.
     */
    static String normalised(String name) {
        return NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    @Override
    public String toString() {
        return text;
    }
}
