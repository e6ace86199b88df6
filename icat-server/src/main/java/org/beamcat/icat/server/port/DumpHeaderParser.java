package org.beamcat.icat.server.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beamcat.icat.server.json.EntityAccessor;
import org.beamcat.icat.server.json.EntityAccessors;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.model.FieldKind;

/**
 * Reads a block header against the entity model. Grammar (commas between items optional, as ICAT's own test dump
 * shows): {@code header := Entity '(' item* ')'}, {@code item := '?' ':' n | field ':' n | field '(' item* ')'}.
 */
public final class DumpHeaderParser {

    private final EntityAccessors accessors;
    private List<DumpToken> tokens;
    private int next;
    private int width;

    DumpHeaderParser(EntityAccessors accessors) {
        this.accessors = accessors;
    }

    public DumpTable parse(String line) throws DumpFormatException {
        tokens = DumpTokenizer.tokens(line);
        next = 0;
        width = 0;
        String name = expect(DumpToken.Type.NAME, "an entity name").text();
        Optional<EntityInfo> entity = accessors.model().entity(name);
        if (entity.isEmpty()) {
            throw new DumpFormatException(name + " is not an ICAT entity");
        }
        EntityAccessor accessor = accessors.of(name);
        expect(DumpToken.Type.OPEN, "'('");
        List<DumpTable.Column> columns = new ArrayList<>();
        while (!peek(DumpToken.Type.CLOSE)) {
            columns.add(topItem(accessor));
            skipComma();
        }
        expect(DumpToken.Type.CLOSE, "')'");
        if (next != tokens.size()) {
            throw new DumpFormatException("Unexpected " + tokens.get(next) + " after the end of the header");
        }
        return new DumpTable(entity.get(), List.copyOf(columns), width);
    }

    private DumpTable.Column topItem(EntityAccessor accessor) throws DumpFormatException {
        if (peek(DumpToken.Type.QMARK)) {
            next++;
            return new DumpTable.Handle(index());
        }
        FieldInfo field = field(accessor);
        if (field.kind() == FieldKind.TO_MANY) {
            throw new DumpFormatException(accessor.name() + "." + field.name()
                    + " is a one-to-many relation; dumps give the many side only");
        }
        if (field.kind() == FieldKind.ATTRIBUTE) {
            return new DumpTable.Attribute(field, index());
        }
        EntityAccessor target = accessors.of(field.targetEntity());
        expect(DumpToken.Type.OPEN, "'(' after relation " + field.name());
        List<DumpTable.KeyPart> parts = new ArrayList<>();
        keyParts(target, "", parts);
        if (parts.isEmpty()) {
            throw new DumpFormatException("Relation " + field.name() + " names no column");
        }
        return new DumpTable.Relation(field, target.info(), List.copyOf(parts));
    }

    private void keyParts(EntityAccessor target, String prefix, List<DumpTable.KeyPart> parts)
            throws DumpFormatException {
        while (!peek(DumpToken.Type.CLOSE)) {
            if (peek(DumpToken.Type.QMARK)) {
                next++;
                String path = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
                parts.add(new DumpTable.KeyHandle(path, target.name(), index()));
            } else {
                FieldInfo field = field(target);
                if (field.kind() == FieldKind.ATTRIBUTE) {
                    parts.add(new DumpTable.KeyValue(prefix + field.name(), field.valueType(),
                            target.javaType(field.name()), index()));
                } else if (field.kind() == FieldKind.TO_ONE) {
                    expect(DumpToken.Type.OPEN, "'(' after relation " + field.name());
                    keyParts(accessors.of(field.targetEntity()), prefix + field.name() + ".", parts);
                } else {
                    throw new DumpFormatException(target.name() + "." + field.name()
                            + " is a one-to-many relation and cannot identify a row");
                }
            }
            skipComma();
        }
        expect(DumpToken.Type.CLOSE, "')'");
    }

    private FieldInfo field(EntityAccessor accessor) throws DumpFormatException {
        String name = expect(DumpToken.Type.NAME, "a field name").text();
        return accessor.info().field(name).orElseThrow(() -> new DumpFormatException(
                name + " is not a field of " + accessor.name()));
    }

    private int index() throws DumpFormatException {
        expect(DumpToken.Type.COLON, "':'");
        DumpToken number = expect(DumpToken.Type.INTEGER, "a column number");
        int index;
        try {
            index = Integer.parseInt(number.text());
        } catch (NumberFormatException e) {
            throw new DumpFormatException("Column number " + number.text() + " is out of range");
        }
        if (index < 0 || index > 10_000) {
            throw new DumpFormatException("Column number " + index + " is out of range");
        }
        width = Math.max(width, index + 1);
        return index;
    }

    private void skipComma() {
        if (peek(DumpToken.Type.COMMA)) {
            next++;
        }
    }

    private boolean peek(DumpToken.Type type) {
        return next < tokens.size() && tokens.get(next).is(type);
    }

    private DumpToken expect(DumpToken.Type type, String what) throws DumpFormatException {
        if (next >= tokens.size()) {
            throw new DumpFormatException("Header ends where " + what + " was expected");
        }
        DumpToken token = tokens.get(next);
        if (!token.is(type)) {
            throw new DumpFormatException("Expected " + what + " but found " + token + " in the header");
        }
        next++;
        return token;
    }
}
