package org.beamcat.landing.doi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything sent to the registrar about one DOI: the DataCite kernel-4 properties ESRF uses, plus
 * the landing page. Immutable; values are not checked here but by
 * {@link org.beamcat.landing.doi.validation.MetadataValidator}, so that a caller learns every
 * problem at once instead of the first one.
 *
 * @param publicationYear the year the data become public; at ESRF the embargo-end year, so often in the future
 * @param language        an IETF language tag such as {@code en}
 * @param url             the landing page the DOI resolves to
 */
public record DoiMetadata(
        Doi doi,
        List<Agent> creators,
        List<Title> titles,
        String publisher,
        Integer publicationYear,
        ResourceType types,
        List<Subject> subjects,
        List<Contributor> contributors,
        List<TypedDate> dates,
        String language,
        List<AlternateIdentifier> alternateIdentifiers,
        List<RelatedIdentifier> relatedIdentifiers,
        List<Rights> rightsList,
        List<Description> descriptions,
        List<FundingReference> fundingReferences,
        String version,
        URI url) {

    public DoiMetadata {
        creators = Lists.copy(creators);
        titles = Lists.copy(titles);
        subjects = Lists.copy(subjects);
        contributors = Lists.copy(contributors);
        dates = Lists.copy(dates);
        alternateIdentifiers = Lists.copy(alternateIdentifiers);
        relatedIdentifiers = Lists.copy(relatedIdentifiers);
        rightsList = Lists.copy(rightsList);
        descriptions = Lists.copy(descriptions);
        fundingReferences = Lists.copy(fundingReferences);
    }

    public static Builder builder(Doi doi) {
        return new Builder(doi);
    }

    /** A builder pre-filled with this record, for changing a few properties. */
    public Builder toBuilder() {
        Builder b = new Builder(doi);
        b.creators.addAll(creators);
        b.titles.addAll(titles);
        b.publisher = publisher;
        b.publicationYear = publicationYear;
        b.types = types;
        b.subjects.addAll(subjects);
        b.contributors.addAll(contributors);
        b.dates.addAll(dates);
        b.language = language;
        b.alternateIdentifiers.addAll(alternateIdentifiers);
        b.relatedIdentifiers.addAll(relatedIdentifiers);
        b.rightsList.addAll(rightsList);
        b.descriptions.addAll(descriptions);
        b.fundingReferences.addAll(fundingReferences);
        b.version = version;
        b.url = url;
        return b;
    }

    /** Collects the seventeen properties in a readable order; {@link #build()} never fails. */
    public static final class Builder {
        private Doi doi;
        private final List<Agent> creators = new ArrayList<>();
        private final List<Title> titles = new ArrayList<>();
        private String publisher;
        private Integer publicationYear;
        private ResourceType types;
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private final List<TypedDate> dates = new ArrayList<>();
        private String language;
        private final List<AlternateIdentifier> alternateIdentifiers = new ArrayList<>();
        private final List<RelatedIdentifier> relatedIdentifiers = new ArrayList<>();
        private final List<Rights> rightsList = new ArrayList<>();
        private final List<Description> descriptions = new ArrayList<>();
        private final List<FundingReference> fundingReferences = new ArrayList<>();
        private String version;
        private URI url;

        private Builder(Doi doi) {
            this.doi = doi;
        }

        public Builder doi(Doi value) {
            doi = value;
            return this;
        }

        public Builder creator(Agent value) {
            creators.add(value);
            return this;
        }

        public Builder clearCreators() {
            creators.clear();
            return this;
        }

        public Builder title(String value) {
            titles.add(Title.of(value));
            return this;
        }

        public Builder title(Title value) {
            titles.add(value);
            return this;
        }

        public Builder clearTitles() {
            titles.clear();
            return this;
        }

        public Builder publisher(String value) {
            publisher = value;
            return this;
        }

        public Builder publicationYear(Integer value) {
            publicationYear = value;
            return this;
        }

        public Builder types(ResourceType value) {
            types = value;
            return this;
        }

        public Builder subject(Subject value) {
            subjects.add(value);
            return this;
        }

        public Builder contributor(String contributorType, Agent agent) {
            contributors.add(new Contributor(contributorType, agent));
            return this;
        }

        public Builder date(String dateType, String date) {
            dates.add(TypedDate.of(dateType, date));
            return this;
        }

        public Builder date(TypedDate value) {
            dates.add(value);
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder alternateIdentifier(AlternateIdentifier value) {
            alternateIdentifiers.add(value);
            return this;
        }

        public Builder relatedIdentifier(RelatedIdentifier value) {
            relatedIdentifiers.add(value);
            return this;
        }

        public Builder rights(Rights value) {
            rightsList.add(value);
            return this;
        }

        public Builder description(Description value) {
            descriptions.add(value);
            return this;
        }

        public Builder fundingReference(FundingReference value) {
            fundingReferences.add(value);
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder url(URI value) {
            url = value;
            return this;
        }

        public DoiMetadata build() {
            return new DoiMetadata(doi, creators, titles, publisher, publicationYear, types, subjects, contributors,
                    dates, language, alternateIdentifiers, relatedIdentifiers, rightsList, descriptions,
                    fundingReferences, version, url);
        }
    }
}
