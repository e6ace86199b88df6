package org.beamcat.landing.withdrawal;

/**
 * The catalogue entity a DOI is stored on: an Investigation (experiment session) or a DataCollection.
 *
 * @param entity     {@code Investigation} or {@code DataCollection}
 * @param facilityId the facility whose ParameterTypes its parameters use
 */
public record DoiHolder(String entity, long id, long facilityId) {

    /** Whether the holder is an investigation (an experiment session); a data collection otherwise. */
    public boolean isInvestigation() {
        return entity.equals("Investigation");
    }

    /** The parameter entity of the holder, e.g. {@code InvestigationParameter}. */
    public String parameterEntity() {
        return entity + "Parameter";
    }

    /** The parameter's field pointing back at the holder, e.g. {@code investigation}. */
    public String backReference() {
        return Character.toLowerCase(entity.charAt(0)) + entity.substring(1);
    }
}
