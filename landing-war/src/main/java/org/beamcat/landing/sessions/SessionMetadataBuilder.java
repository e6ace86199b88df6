package org.beamcat.landing.sessions;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.client.IcatDates;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.Doi;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.ResourceType;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.SuffixPattern;

/**
 * Builds the DataCite record of an experiment session from the catalogue's Investigation, as the ICAT
 * REST API returns it ({@code {"Investigation":{…}}} or the inner object) with its investigationUsers →
 * user, investigationInstruments → instrument and type included. The record follows ESRF's
 * (domain notes 3.1): members as creators (ORCID when known), the PI also as ProjectManager,
 * proposal / proposal type / instrument subjects, Collected and Available dates, CC-BY-4.0, the
 * abstract, the facility as funder with the proposal as award.
 */
public final class SessionMetadataBuilder {

    public static final String RESOURCE_TYPE = "Experiment Session";


    private final String prefix;
    private final String publisher;
    private final SuffixPattern suffix;
    private final int embargoYears;
    private final URI landingBase;

    public SessionMetadataBuilder(String prefix, String publisher, SuffixPattern suffix, int embargoYears,
            URI landingBase) {
        this.prefix = prefix;
        this.publisher = publisher;
        this.suffix = suffix;
        this.embargoYears = embargoYears;
        this.landingBase = URI.create(landingBase.toString().replaceAll("/+$", ""));
    }

    /** The builder for this deployment's settings. */
    public static SessionMetadataBuilder of(org.beamcat.landing.config.LandingSettings settings,
            org.beamcat.landing.config.DoiJobSettings job) {
        return new SessionMetadataBuilder(settings.doiPrefix(), settings.publisher(), job.sessionSuffix(),
                job.embargoYears(), job.landingBaseUrl());
    }

    /** The DOI this investigation gets (or has, when it was minted under the current pattern). */
    public Doi doiFor(JsonObject investigation) {
        return suffix.doi(prefix, inner(investigation).getJsonNumber("id").longValue());
    }

    /** The landing page a DOI resolves to: {@code <landing base>/<prefix>/<suffix>}. */
    public URI landingPage(Doi doi) {
        return URI.create(landingBase + "/" + doi);
    }

    /** The end of the embargo: the release date if the catalogue has one, otherwise end (or start) + embargo. */
    public Optional<LocalDate> availableDate(JsonObject investigation) {
        JsonObject i = inner(investigation);
        Optional<LocalDate> release = date(i, "releaseDate");
        if (release.isPresent()) {
            return release;
        }
        return date(i, "endDate").or(() -> date(i, "startDate")).map(d -> d.plusYears(embargoYears));
    }

    public DoiMetadata build(JsonObject investigation) {
        return build(investigation, doiFor(investigation));
    }

    /** The record under a given DOI (for a DOI already stored in the catalogue). */
    public DoiMetadata build(JsonObject investigation, Doi doi) {
        JsonObject i = inner(investigation);
        String proposal = text(i, "name");
        String title = Optional.ofNullable(text(i, "title")).orElse(proposal);
        DoiMetadata.Builder b = DoiMetadata.builder(doi)
                .title(title)
                .publisher(publisher)
                .types(ResourceType.dataset(RESOURCE_TYPE))
                .language("en")
                .rights(Rights.ccBy4())
                .url(landingPage(doi));
        Agent pi = null;
        for (JsonObject member : members(i)) {
            JsonObject user = member.getJsonObject("user");
            Agent agent = agent(user);
            b.creator(agent);
            if (pi == null && "principal_investigator".equalsIgnoreCase(text(member, "role"))) {
                pi = agent;
            }
        }
        if (pi != null) {
            b.contributor("ProjectManager", pi);
        }
        if (i.get("type") instanceof JsonObject type) {
            String typeText = Optional.ofNullable(text(type, "description")).orElse(text(type, "name"));
            if (typeText != null) {
                b.subject(Subject.inScheme(typeText, Subject.SCHEME_PROPOSAL_TYPE));
            }
        }
        if (proposal != null) {
            b.subject(Subject.inScheme(proposal, Subject.SCHEME_PROPOSAL));
        }
        for (JsonValue link : array(i, "investigationInstruments")) {
            if (link instanceof JsonObject l && l.get("instrument") instanceof JsonObject instrument
                    && text(instrument, "name") != null) {
                b.subject(Subject.inScheme(text(instrument, "name"), Subject.SCHEME_INSTRUMENT));
            }
        }
        Optional<LocalDate> start = date(i, "startDate");
        Optional<LocalDate> end = date(i, "endDate");
        if (start.isPresent() && end.isPresent() && !start.get().equals(end.get())) {
            b.date("Collected", start.get() + "/" + end.get());
        } else {
            start.or(() -> end).ifPresent(d -> b.date("Collected", d.toString()));
        }
        Optional<LocalDate> available = availableDate(i);
        available.ifPresent(d -> b.date("Available", d.toString()).date("Issued", Integer.toString(d.getYear())));
        b.publicationYear(available.map(LocalDate::getYear).orElse(null));
        String summary = text(i, "summary");
        if (summary != null && !summary.isBlank()) {
            b.description(Description.abstractOf(summary));
        }
        if (proposal != null) {
            b.fundingReference(new FundingReference(publisher, null, null, proposal, null, title));
        }
        return b.build();
    }

    /** A catalogue user as a DataCite person: "Family, Given" when the full name allows it, ORCID when known. */
    static Agent agent(JsonObject user) {
        String fullName = Optional.ofNullable(text(user, "fullName")).orElse(text(user, "name"));
        fullName = fullName == null ? "Unknown" : fullName.strip();
        Agent agent;
        int comma = fullName.indexOf(',');
        int space = fullName.lastIndexOf(' ');
        if (comma > 0 && comma < fullName.length() - 1) {
            agent = Agent.person(fullName.substring(0, comma).strip(), fullName.substring(comma + 1).strip());
        } else if (space > 0 && !fullName.contains("(")) {
            agent = Agent.person(fullName.substring(space + 1), fullName.substring(0, space));
        } else {
            agent = new Agent(fullName, Agent.PERSONAL, null, null, List.of(), List.of());
        }
        String orcid = text(user, "orcidId");
        return orcid == null || orcid.isBlank() ? agent : agent.withOrcid(orcid);
    }

    private static List<JsonObject> members(JsonObject i) {
        List<JsonObject> pis = new ArrayList<>();
        List<JsonObject> others = new ArrayList<>();
        for (JsonValue value : array(i, "investigationUsers")) {
            if (value instanceof JsonObject member && member.get("user") instanceof JsonObject) {
                ("principal_investigator".equalsIgnoreCase(text(member, "role")) ? pis : others).add(member);
            }
        }
        pis.addAll(others);
        return pis;
    }

    /** The entity itself, whether given wrapped ({@code {"Investigation":{…}}}) or not. */
    public static JsonObject inner(JsonObject investigation) {
        return investigation.containsKey("Investigation") ? investigation.getJsonObject("Investigation") : investigation;
    }

    static Optional<LocalDate> date(JsonObject entity, String field) {
        String text = text(entity, field);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(IcatDates.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.of(LocalDate.parse(text.substring(0, Math.min(10, text.length()))));
        }
    }

    /** The end of the session as an instant-free date-time, for "has it ended" checks. */
    public static Optional<OffsetDateTime> endTime(JsonObject investigation) {
        String text = text(inner(investigation), "endDate");
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(IcatDates.parse(text));
    }

    private static JsonArray array(JsonObject o, String field) {
        return o.get(field) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    static String text(JsonObject o, String field) {
        return o != null && o.containsKey(field) && o.get(field).getValueType() == JsonValue.ValueType.STRING
                ? o.getString(field) : null;
    }
}
