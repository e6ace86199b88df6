package org.beamcat.icat.server.catalogue;

import java.util.List;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.authz.RuleCompiler;
import org.beamcat.icat.server.json.AttributeValue;
import org.beamcat.icat.server.json.EntityDescription;

/**
 * ICAT parses a Rule when it is created or updated: a rule that cannot be compiled is refused with
 * BAD_PARAMETER (and the element's offset) instead of being stored to grant nothing, silently.
 */
final class RuleDefinitions {

    private RuleDefinitions() {
    }

    static void check(RuleCompiler compiler, List<EntityDescription> elements) throws IcatServerException {
        for (int offset = 0; offset < elements.size(); offset++) {
            EntityDescription element = elements.get(offset);
            if (!element.entity().name().equals("Rule")) {
                continue;
            }
            String what = text(element, "what");
            String crudFlags = text(element, "crudFlags");
            if (what == null && crudFlags == null) {
                continue; // an update that changes neither: nothing to parse
            }
            try {
                // An update may change one of the two; the other one, unchanged, was valid already.
                compiler.compile(0, crudFlags == null ? "R" : crudFlags, what == null ? "Rule" : what, null);
            } catch (IcatServerException e) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER, e.getMessage(), offset);
            }
        }
    }

    private static String text(EntityDescription element, String field) {
        return element.value(field).filter(AttributeValue.class::isInstance)
                .map(value -> (String) ((AttributeValue) value).value()).orElse(null);
    }
}
