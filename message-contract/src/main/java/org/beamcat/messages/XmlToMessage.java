package org.beamcat.messages;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the fields of a parsed {@code dataset} or {@code investigation} element into a record. Lenient on
 * structure (the XSD reports that), strict on what it reads: each single field at most once, dates with
 * offset; the record's constructor adds the value rules. Every problem found is recorded, not just the first.
 */
final class XmlToMessage {

    private XmlToMessage() {
    }

    static DatasetMessage dataset(Element root, Problems problems) {
        Children children = Children.of(root);
        String proposal = children.text(problems, "dataset", "investigation");
        String beamline = children.text(problems, "dataset", "instrument");
        String name = children.text(problems, "dataset", "name");
        String location = children.text(problems, "dataset", "location");
        String sampleName = sampleName(children, problems);
        OffsetDateTime startDate = FieldRules.parseDate(problems, "dataset/startDate",
                children.text(problems, "dataset", "startDate"));
        OffsetDateTime endDate = FieldRules.parseDate(problems, "dataset/endDate",
                children.text(problems, "dataset", "endDate"));
        List<Parameter> parameters = parameters(children.all("parameter"), problems);
        boolean complete = complete(root, problems);
        return build(problems, () -> new DatasetMessage(proposal, beamline, name, location, sampleName,
                startDate, endDate, parameters, complete));
    }

    static InvestigationMessage investigation(Element root, Problems problems) {
        Children children = Children.of(root);
        String proposal = children.text(problems, "investigation", "experiment");
        String beamline = children.text(problems, "investigation", "instrument");
        String investigationId = children.text(problems, "investigation", "investigationId");
        OffsetDateTime startDate = FieldRules.parseDate(problems, "investigation/startDate",
                children.text(problems, "investigation", "startDate"));
        OffsetDateTime endDate = FieldRules.parseDate(problems, "investigation/endDate",
                children.text(problems, "investigation", "endDate"));
        return build(problems, () -> new InvestigationMessage(proposal, beamline, investigationId, startDate, endDate));
    }

    /** From the sample element; null without one, so the record falls back on the Sample_name parameter. */
    private static String sampleName(Children children, Problems problems) {
        Element sample = children.single(problems, "dataset", "sample");
        if (sample == null) {
            return null;
        }
        String name = Children.of(sample).text(problems, "dataset/sample", "name");
        if (name == null) {
            problems.add("dataset/sample/name", "is required when a sample element is given");
        }
        return name;
    }

    private static List<Parameter> parameters(List<Element> elements, Problems problems) {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = "dataset/parameter[" + (i + 1) + "]";
            Children fields = Children.of(elements.get(i));
            String name = fields.text(problems, path, "name");
            String value = fields.text(problems, path, "value");
            try {
                parameters.add(new Parameter(name, value));
            } catch (InvalidMessageException e) {
                Problems moved = new Problems();
                moved.addMoved(e.problems(), "parameter", path);
                problems.addUncovered(moved.list());
            }
        }
        return parameters;
    }

    private static boolean complete(Element root, Problems problems) {
        if (!root.hasAttribute("complete")) {
            return true;
        }
        String value = root.getAttribute("complete").strip();
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> {
                problems.add("dataset/@complete", "must be true or false, got '" + FieldRules.shorten(value) + "'");
                yield true;
            }
        };
    }

    private interface Construction<T> {
        T build();
    }

    /** Builds the record; its constructor's problems join the reader's, for fields not already reported. */
    private static <T> T build(Problems problems, Construction<T> construction) {
        try {
            return construction.build();
        } catch (InvalidMessageException e) {
            problems.addUncovered(e.problems());
            return null;
        }
    }

    /** The children of one element in the contract's namespace, grouped by name. */
    private static final class Children {
        private final Map<String, List<Element>> byName = new LinkedHashMap<>();

        static Children of(Element parent) {
            Children children = new Children();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && DatasetMessageXml.NAMESPACE.equals(element.getNamespaceURI())) {
                    children.byName.computeIfAbsent(element.getLocalName(), k -> new ArrayList<>()).add(element);
                }
            }
            return children;
        }

        List<Element> all(String name) {
            return byName.getOrDefault(name, List.of());
        }

        Element single(Problems problems, String parentPath, String name) {
            List<Element> found = all(name);
            if (found.size() > 1) {
                problems.add(parentPath + "/" + name, "must appear once, found " + found.size());
            }
            return found.isEmpty() ? null : found.get(0);
        }

        /** The text of a single child, null when it is absent (the record then says it is required). */
        String text(Problems problems, String parentPath, String name) {
            Element element = single(problems, parentPath, name);
            return element == null ? null : element.getTextContent();
        }
    }
}
