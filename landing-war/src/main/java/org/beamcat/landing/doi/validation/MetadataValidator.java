package org.beamcat.landing.doi.validation;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.beamcat.landing.doi.Agent;
import org.beamcat.landing.doi.AlternateIdentifier;
import org.beamcat.landing.doi.Contributor;
import org.beamcat.landing.doi.Description;
import org.beamcat.landing.doi.DoiMetadata;
import org.beamcat.landing.doi.FundingReference;
import org.beamcat.landing.doi.Kernel4Vocabulary;
import org.beamcat.landing.doi.NameIdentifier;
import org.beamcat.landing.doi.RelatedIdentifier;
import org.beamcat.landing.doi.Rights;
import org.beamcat.landing.doi.Subject;
import org.beamcat.landing.doi.Title;
import org.beamcat.landing.doi.TypedDate;

/**
 * Checks metadata against the DataCite kernel-4 rules before it is sent. DataCite itself lets some
 * invalid records through (a draft can be published without mandatory properties, findable DOIs can be
 * updated with invalid metadata), and a bad record is public the moment it is findable, so we check here.
 */
public final class MetadataValidator {

    static final int EARLIEST_YEAR = 1900;
    // ESRF's publication year is the embargo-end year (three years on, renewable), so allow some future.
    static final int YEARS_AHEAD = 10;

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");

    private final Clock clock;

    public MetadataValidator(Clock clock) {
        this.clock = clock;
    }

    public static MetadataValidator withSystemClock() {
        return new MetadataValidator(Clock.systemUTC());
    }

    /** Throws if any rule is broken, naming every broken rule. */
    public void requireValid(DoiMetadata metadata) {
        List<Violation> violations = check(metadata);
        if (!violations.isEmpty()) {
            throw new InvalidDoiMetadataException(String.valueOf(metadata.doi()), violations);
        }
    }

    /** Every broken rule, in the order of the properties; empty if the record may be registered. */
    public List<Violation> check(DoiMetadata m) {
        Checks c = new Checks();
        if (m.doi() == null) {
            c.add("doi", "the identifier is required");
        }
        c.notEmpty("creators", m.creators(), "at least one creator is required");
        for (int i = 0; i < m.creators().size(); i++) {
            agent(c, "creators[" + i + "]", m.creators().get(i));
        }
        c.notEmpty("titles", m.titles(), "at least one title is required");
        for (int i = 0; i < m.titles().size(); i++) {
            title(c, "titles[" + i + "]", m.titles().get(i));
        }
        c.required("publisher", m.publisher());
        publicationYear(c, m.publicationYear());
        if (m.types() == null) {
            c.add("types.resourceTypeGeneral", "is required");
        } else {
            c.inList("types.resourceTypeGeneral", m.types().resourceTypeGeneral(),
                    Kernel4Vocabulary.RESOURCE_TYPE_GENERAL, true);
        }
        for (int i = 0; i < m.subjects().size(); i++) {
            subject(c, "subjects[" + i + "]", m.subjects().get(i));
        }
        for (int i = 0; i < m.contributors().size(); i++) {
            contributor(c, "contributors[" + i + "]", m.contributors().get(i));
        }
        for (int i = 0; i < m.dates().size(); i++) {
            date(c, "dates[" + i + "]", m.dates().get(i));
        }
        language(c, "language", m.language());
        for (int i = 0; i < m.alternateIdentifiers().size(); i++) {
            alternateIdentifier(c, "alternateIdentifiers[" + i + "]", m.alternateIdentifiers().get(i));
        }
        for (int i = 0; i < m.relatedIdentifiers().size(); i++) {
            relatedIdentifier(c, "relatedIdentifiers[" + i + "]", m.relatedIdentifiers().get(i));
        }
        for (int i = 0; i < m.rightsList().size(); i++) {
            rights(c, "rightsList[" + i + "]", m.rightsList().get(i));
        }
        for (int i = 0; i < m.descriptions().size(); i++) {
            description(c, "descriptions[" + i + "]", m.descriptions().get(i));
        }
        for (int i = 0; i < m.fundingReferences().size(); i++) {
            fundingReference(c, "fundingReferences[" + i + "]", m.fundingReferences().get(i));
        }
        if (m.url() == null) {
            c.add("url", "the landing page URL is required");
        } else {
            c.httpUrl("url", m.url().toString());
        }
        return c.violations;
    }

    private void publicationYear(Checks c, Integer year) {
        if (year == null) {
            c.add("publicationYear", "is required");
            return;
        }
        int latest = Year.now(clock).getValue() + YEARS_AHEAD;
        if (year < EARLIEST_YEAR || year > latest) {
            c.add("publicationYear", year + " is not a four-digit year between " + EARLIEST_YEAR + " and " + latest);
        }
    }

    private static void agent(Checks c, String path, Agent agent) {
        if (agent == null) {
            c.add(path, "is empty");
            return;
        }
        c.required(path + ".name", agent.name());
        c.inList(path + ".nameType", agent.nameType(), Kernel4Vocabulary.NAME_TYPE, false);
        for (int i = 0; i < agent.nameIdentifiers().size(); i++) {
            nameIdentifier(c, path + ".nameIdentifiers[" + i + "]", agent.nameIdentifiers().get(i));
        }
        for (int i = 0; i < agent.affiliations().size(); i++) {
            c.required(path + ".affiliation[" + i + "].name", agent.affiliations().get(i).name());
        }
    }

    private static void nameIdentifier(Checks c, String path, NameIdentifier id) {
        if (c.required(path + ".nameIdentifier", id.nameIdentifier())
                && c.required(path + ".nameIdentifierScheme", id.nameIdentifierScheme())
                && id.isOrcid() && !Orcid.isValid(id.nameIdentifier())) {
            c.add(path + ".nameIdentifier", "'" + id.nameIdentifier()
                    + "' is not an ORCID iD (16 digits in groups of four, last one a correct check character)");
        }
    }

    private static void title(Checks c, String path, Title title) {
        c.required(path + ".title", title.title());
        c.inList(path + ".titleType", title.titleType(), Kernel4Vocabulary.TITLE_TYPE, false);
        language(c, path + ".lang", title.lang());
    }

    private static void subject(Checks c, String path, Subject subject) {
        c.required(path + ".subject", subject.subject());
        c.optionalUrl(path + ".schemeUri", subject.schemeUri());
        c.optionalUrl(path + ".valueUri", subject.valueUri());
    }

    private static void contributor(Checks c, String path, Contributor contributor) {
        c.inList(path + ".contributorType", contributor.contributorType(), Kernel4Vocabulary.CONTRIBUTOR_TYPE, true);
        agent(c, path, contributor.agent());
    }

    private static void date(Checks c, String path, TypedDate date) {
        if (c.required(path + ".date", date.date())) {
            Kernel4Dates.problem(date.date()).ifPresent(problem -> c.add(path + ".date", problem));
        }
        c.inList(path + ".dateType", date.dateType(), Kernel4Vocabulary.DATE_TYPE, true);
    }

    private static void language(Checks c, String path, String language) {
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            c.add(path, "'" + language + "' is not a language tag such as en or en-GB");
        }
    }

    private static void alternateIdentifier(Checks c, String path, AlternateIdentifier id) {
        c.required(path + ".alternateIdentifier", id.alternateIdentifier());
        c.required(path + ".alternateIdentifierType", id.alternateIdentifierType());
    }

    private static void relatedIdentifier(Checks c, String path, RelatedIdentifier id) {
        c.required(path + ".relatedIdentifier", id.relatedIdentifier());
        c.inList(path + ".relatedIdentifierType", id.relatedIdentifierType(),
                Kernel4Vocabulary.RELATED_IDENTIFIER_TYPE, true);
        c.inList(path + ".relationType", id.relationType(), Kernel4Vocabulary.RELATION_TYPE, true);
        c.inList(path + ".resourceTypeGeneral", id.resourceTypeGeneral(),
                Kernel4Vocabulary.RESOURCE_TYPE_GENERAL, false);
    }

    private static void rights(Checks c, String path, Rights rights) {
        if (isBlank(rights.rights()) && isBlank(rights.rightsUri())) {
            c.add(path, "needs a rights statement or a rightsUri");
        }
        c.optionalUrl(path + ".rightsUri", rights.rightsUri());
    }

    private static void description(Checks c, String path, Description description) {
        c.required(path + ".description", description.description());
        c.inList(path + ".descriptionType", description.descriptionType(), Kernel4Vocabulary.DESCRIPTION_TYPE, true);
    }

    private static void fundingReference(Checks c, String path, FundingReference funding) {
        c.required(path + ".funderName", funding.funderName());
        c.inList(path + ".funderIdentifierType", funding.funderIdentifierType(),
                Kernel4Vocabulary.FUNDER_IDENTIFIER_TYPE, false);
        c.optionalUrl(path + ".awardUri", funding.awardUri());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Collects violations; each check returns whether it passed so dependent checks can be skipped. */
    private static final class Checks {
        final List<Violation> violations = new ArrayList<>();

        void add(String path, String message) {
            violations.add(new Violation(path, message));
        }

        boolean required(String path, String value) {
            if (isBlank(value)) {
                add(path, "is required");
                return false;
            }
            return true;
        }

        void notEmpty(String path, List<?> list, String message) {
            if (list.isEmpty()) {
                add(path, message);
            }
        }

        void inList(String path, String value, Set<String> allowed, boolean mandatory) {
            if (isBlank(value)) {
                if (mandatory) {
                    add(path, "is required");
                }
            } else if (!allowed.contains(value)) {
                add(path, "'" + value + "' is not in the kernel-4 list " + new java.util.TreeSet<>(allowed));
            }
        }

        void optionalUrl(String path, String value) {
            if (!isBlank(value)) {
                httpUrl(path, value);
            }
        }

        void httpUrl(String path, String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (java.net.URISyntaxException e) {
                add(path, "'" + value + "' is not a URL: " + e.getReason());
                return;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                add(path, "'" + value + "' is not an absolute http or https URL");
            }
        }
    }
}
