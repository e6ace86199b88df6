package org.beamcat.icat.server.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.model.FieldInfo;

/**
 * Reads the {@code entities} value of POST and DELETE {@code entityManager} (contract 1.4.5, 1.4.6): one object or
 * an array of objects, each {@code {"EntityName":{…}}}. Every name and value is checked against the entity model
 * here, before anything touches the database; a failure is BAD_PARAMETER whose offset is the index of the
 * offending top-level object. Thread-safe.
 */
public final class EntityJsonReader {

    private static final Set<String> SERVER_FIELDS = Set.of("createId", "createTime", "modId", "modTime");

    private final EntityAccessors accessors;
    private final AttributeParser attributes;

    public EntityJsonReader(EntityAccessors accessors, IcatDateFormat dates) {
        this.accessors = accessors;
        this.attributes = new AttributeParser(dates);
    }

    /** The creates and updates of a POST, in the order given. */
    public List<EntityDescription> readWrites(String entities) throws IcatServerException {
        List<EntityDescription> result = new ArrayList<>();
        List<JsonObject> elements = elements(entities);
        for (int offset = 0; offset < elements.size(); offset++) {
            try {
                Map.Entry<String, JsonObject> wrapped = unwrap(elements.get(offset));
                result.add(describe(accessors.of(wrapped.getKey()), wrapped.getValue()));
            } catch (IcatServerException e) {
                throw at(e, offset);
            }
        }
        return result;
    }

    /** The objects a DELETE names; each must be given as {@code {"id":n}} and nothing else. */
    public List<EntityId> readDeletes(String entities) throws IcatServerException {
        List<EntityId> result = new ArrayList<>();
        List<JsonObject> elements = elements(entities);
        for (int offset = 0; offset < elements.size(); offset++) {
            try {
                Map.Entry<String, JsonObject> wrapped = unwrap(elements.get(offset));
                EntityAccessor accessor = accessors.of(wrapped.getKey());
                JsonObject body = wrapped.getValue();
                if (body.size() != 1 || !body.containsKey("id")) {
                    throw bad("An object to delete must be given by its id alone, as {\"" + accessor.name()
                            + "\":{\"id\":n}}, not " + elements.get(offset));
                }
                result.add(new EntityId(accessor.info(), id(accessor, body.get("id"))));
            } catch (IcatServerException e) {
                throw at(e, offset);
            }
        }
        return result;
    }

    private static List<JsonObject> elements(String entities) throws IcatServerException {
        if (entities == null || entities.isBlank()) {
            throw bad("entities is not set");
        }
        JsonValue top;
        try (JsonReader reader = Json.createReader(new StringReader(entities))) {
            top = reader.readValue();
        } catch (JsonException e) {
            throw bad(e.getMessage() + " in json " + entities);
        }
        List<JsonValue> values = top instanceof JsonArray array ? array : List.of(top);
        List<JsonObject> objects = new ArrayList<>(values.size());
        for (int offset = 0; offset < values.size(); offset++) {
            if (!(values.get(offset) instanceof JsonObject object)) {
                throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                        "entities must be a JSON object or an array of JSON objects, not " + values.get(offset),
                        offset);
            }
            objects.add(object);
        }
        return objects;
    }

    private Map.Entry<String, JsonObject> unwrap(JsonObject element) throws IcatServerException {
        if (element.size() != 1) {
            throw bad("Each entity must be a JSON object with exactly one key, the entity name, not "
                    + element.keySet());
        }
        Map.Entry<String, JsonValue> entry = element.entrySet().iterator().next();
        String name = entry.getKey();
        if (accessors.model().entity(name).isEmpty()) {
            throw bad(name + " is not an ICAT entity");
        }
        JsonValue body = entry.getValue();
        if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            throw bad("Unexpected array found in JSON " + element);
        }
        if (!(body instanceof JsonObject object)) {
            throw bad("The value of " + name + " must be a JSON object of its fields, not " + body);
        }
        return Map.entry(name, object);
    }

    private EntityDescription describe(EntityAccessor accessor, JsonObject body) throws IcatServerException {
        Long id = body.containsKey("id") ? id(accessor, body.get("id")) : null;
        List<FieldValue> values = new ArrayList<>();
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            if (name.equals("id")) {
                continue;
            }
            if (SERVER_FIELDS.contains(name)) {
                throw bad("Field " + name + " of " + accessor.name() + " is set by the server and cannot be given");
            }
            FieldInfo field = accessor.info().field(name)
                    .orElseThrow(() -> bad("Field " + name + " not found in " + accessor.name()));
            values.add(switch (field.kind()) {
                case ATTRIBUTE -> new AttributeValue(field, attributes.parse(accessor, field, member.getValue()));
                case TO_ONE -> reference(field, member.getValue());
                case TO_MANY -> children(field, member.getValue());
            });
        }
        return new EntityDescription(accessor.info(), id, values);
    }

    private ReferenceValue reference(FieldInfo field, JsonValue json) throws IcatServerException {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return new ReferenceValue(field, null);
        }
        if (!(json instanceof JsonObject object)) {
            throw bad("Badly formatted relationship object");
        }
        if (!object.containsKey("id")) {
            // Upstream swapped the two wordings; clients may match on them, so they are kept as they are.
            throw bad("One to many related objects should not have the id value set: " + object);
        }
        return new ReferenceValue(field, describe(accessors.of(field.targetEntity()), object));
    }

    private NewChildren children(FieldInfo field, JsonValue json) throws IcatServerException {
        if (!(json instanceof JsonArray array)) {
            throw bad("Badly formatted relationship object");
        }
        List<EntityDescription> children = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            if (!(element instanceof JsonObject object)) {
                throw bad("Badly formatted relationship object");
            }
            if (object.containsKey("id")) {
                throw bad("Many to one related objects should have the id value set: " + object);
            }
            children.add(describe(accessors.of(field.targetEntity()), object));
        }
        return new NewChildren(field, children);
    }

    private static long id(EntityAccessor accessor, JsonValue json) throws IcatServerException {
        if (json instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // falls through to the error below
            }
        }
        throw bad(accessor.name() + ".id must be an integral JSON number, not " + json);
    }

    private static IcatServerException at(IcatServerException e, int offset) {
        return e.offset() >= 0 ? e : new IcatServerException(e.type(), e.getMessage(), offset);
    }

    private static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
