package org.beamcat.icat.server.soap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.beamcat.icat.client.IcatErrorType;
import org.beamcat.icat.server.IcatServerException;
import org.beamcat.icat.server.json.IcatDateFormat;
import org.beamcat.icat.server.model.EntityInfo;
import org.beamcat.icat.server.model.EntityModel;
import org.beamcat.icat.server.model.FieldInfo;
import org.beamcat.icat.server.soap.bean.EntityBaseBean;

/**
 * Converts between the SOAP beans and the JSON of the catalogue's REST services, which hold the logic:
 * a bean to write becomes the {@code entities} text of {@code POST entityManager}, a search answer's JSON
 * becomes beans and scalars. Fields are matched by name against the entity model, so the two can only
 * disagree where a test notices (SoapBeanMapperTest).
 */
public final class SoapBeanMapper {

    private static final Set<String> SERVER_FIELDS = Set.of("id", "createId", "createTime", "modId", "modTime");
    private static final String BEAN_PACKAGE = EntityBaseBean.class.getPackageName() + ".";

    private final EntityModel model;
    private final IcatDateFormat dates;
    private final Map<Class<?>, Map<String, Field>> fieldsByClass = new ConcurrentHashMap<>();

    public SoapBeanMapper(EntityModel model, IcatDateFormat dates) {
        this.model = model;
        this.dates = dates;
    }

    /** The ICAT name of a bean's entity. */
    public String entityName(EntityBaseBean bean) throws IcatServerException {
        if (bean == null) {
            throw bad("bean is not set");
        }
        return info(bean).name();
    }

    /** {@code entities} for creating the beans, with what they hold in their collections. */
    public String forCreate(List<? extends EntityBaseBean> beans) throws IcatServerException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (EntityBaseBean bean : beans) {
            array.add(Json.createObjectBuilder().add(entityName(bean), body(bean, Mode.CREATE)));
        }
        return array.build().toString();
    }

    /**
     * {@code entities} for updating the bean: as ICAT's SOAP update, every attribute and reference is set
     * to the bean's value (nulls included); collections are left alone.
     */
    public String forUpdate(EntityBaseBean bean) throws IcatServerException {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add(entityName(bean), body(bean, Mode.UPDATE)))
                .build().toString();
    }

    /** {@code entities} for deleting the beans: only their ids count. */
    public String forDelete(List<? extends EntityBaseBean> beans) throws IcatServerException {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (EntityBaseBean bean : beans) {
            JsonObjectBuilder id = Json.createObjectBuilder();
            if (bean != null && bean.getId() != null) {
                id.add("id", bean.getId());
            }
            array.add(Json.createObjectBuilder().add(entityName(bean), id));
        }
        return array.build().toString();
    }

    /** A JSON array of ids (the answer of a write) as longs. */
    public List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue value : parse(json).asJsonArray()) {
            ids.add(((JsonNumber) value).longValue());
        }
        return ids;
    }

    /** A search answer: entities become beans, numbers longs or doubles, strings and booleans stay. */
    public List<Object> searchResult(String json) throws IcatServerException {
        List<Object> rows = new ArrayList<>();
        for (JsonValue value : parse(json).asJsonArray()) {
            rows.add(row(value));
        }
        return rows;
    }

    /** A get answer: one {@code {"Entity":{…}}} object. */
    public EntityBaseBean entity(String json) throws IcatServerException {
        return entityRow(parse(json).asJsonObject());
    }

    private Object row(JsonValue value) throws IcatServerException {
        return switch (value.getValueType()) {
            case OBJECT -> entityRow(value.asJsonObject());
            case NUMBER -> number((JsonNumber) value);
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> throw new IcatServerException(IcatErrorType.BAD_PARAMETER,
                    "A SOAP search returns one item per row; select a single item or use the REST API");
        };
    }

    private static Object number(JsonNumber number) {
        if (number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                return number.doubleValue();
            }
        }
        return number.doubleValue();
    }

    private EntityBaseBean entityRow(JsonObject row) throws IcatServerException {
        Map.Entry<String, JsonValue> entry = row.entrySet().iterator().next();
        return bean(entry.getKey(), entry.getValue().asJsonObject());
    }

    private EntityBaseBean bean(String entityName, JsonObject body) throws IcatServerException {
        EntityInfo info = model.entity(entityName)
                .orElseThrow(() -> new IllegalStateException("Search answered an unknown entity " + entityName));
        EntityBaseBean bean = newBean(entityName);
        Map<String, Field> fields = fields(bean.getClass());
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            FieldInfo fieldInfo = info.field(member.getKey()).orElse(null);
            Field field = fields.get(member.getKey());
            if (fieldInfo == null || field == null || member.getValue().getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            set(field, bean, switch (fieldInfo.kind()) {
                case ATTRIBUTE -> attribute(field, member.getValue());
                case TO_ONE -> bean(fieldInfo.targetEntity(), member.getValue().asJsonObject());
                case TO_MANY -> children(fieldInfo.targetEntity(), member.getValue().asJsonArray());
            });
        }
        return bean;
    }

    private List<EntityBaseBean> children(String entityName, JsonArray array) throws IcatServerException {
        List<EntityBaseBean> children = new ArrayList<>(array.size());
        for (JsonValue child : array) {
            children.add(bean(entityName, child.asJsonObject()));
        }
        return children;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object attribute(Field field, JsonValue value) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return ((JsonString) value).getString();
        } else if (type == Long.class) {
            return ((JsonNumber) value).longValue();
        } else if (type == Integer.class) {
            return ((JsonNumber) value).intValue();
        } else if (type == Double.class) {
            return ((JsonNumber) value).doubleValue();
        } else if (type == boolean.class || type == Boolean.class) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        } else if (type == Date.class) {
            String text = ((JsonString) value).getString();
            return dates.parse(text).orElseThrow(() -> new IllegalStateException("Unreadable date " + text));
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, ((JsonString) value).getString());
        }
        throw new IllegalStateException("No JSON conversion for " + field);
    }

    /** Top-level create (no id), nested create (id passed on, so the services refuse it), update, reference. */
    private enum Mode { CREATE, CHILD, UPDATE, REFERENCE }

    private JsonObjectBuilder body(EntityBaseBean bean, Mode mode) throws IcatServerException {
        EntityInfo info = info(bean);
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (bean.getId() != null && mode != Mode.CREATE) {
            json.add("id", bean.getId());
        }
        if (mode == Mode.REFERENCE && bean.getId() != null) {
            return json;
        }
        Map<String, Field> fields = fields(bean.getClass());
        for (FieldInfo fieldInfo : info.fields()) {
            Field field = fields.get(fieldInfo.name());
            if (field == null || SERVER_FIELDS.contains(fieldInfo.name())) {
                continue;
            }
            Object value = get(field, bean);
            switch (fieldInfo.kind()) {
                case ATTRIBUTE -> {
                    if (value != null) {
                        json.add(fieldInfo.name(), attributeJson(value));
                    } else if (mode == Mode.UPDATE) {
                        json.addNull(fieldInfo.name());
                    }
                }
                case TO_ONE -> {
                    if (value != null) {
                        json.add(fieldInfo.name(), body((EntityBaseBean) value, Mode.REFERENCE));
                    } else if (mode == Mode.UPDATE) {
                        json.addNull(fieldInfo.name());
                    }
                }
                case TO_MANY -> {
                    Collection<?> children = (Collection<?>) value;
                    if (mode != Mode.UPDATE && children != null && !children.isEmpty()) {
                        JsonArrayBuilder array = Json.createArrayBuilder();
                        for (Object child : children) {
                            array.add(child == null ? Json.createObjectBuilder()
                                    : body((EntityBaseBean) child, Mode.CHILD));
                        }
                        json.add(fieldInfo.name(), array);
                    }
                }
            }
        }
        return json;
    }

    private JsonValue attributeJson(Object value) {
        if (value instanceof String text) {
            return Json.createValue(text);
        } else if (value instanceof Long number) {
            return Json.createValue(number);
        } else if (value instanceof Integer number) {
            return Json.createValue(number);
        } else if (value instanceof Double number) {
            return number.isNaN() || number.isInfinite() ? JsonValue.NULL : Json.createValue(number);
        } else if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Date date) {
            return Json.createValue(dates.format(date));
        } else if (value instanceof Enum<?> constant) {
            return Json.createValue(constant.name());
        }
        throw new IllegalStateException("No JSON conversion for " + value.getClass());
    }

    private EntityInfo info(EntityBaseBean bean) throws IcatServerException {
        String name = bean.getClass().getSimpleName();
        return model.entity(name).orElseThrow(() -> bad(name + " is not an ICAT entity"));
    }

    private static EntityBaseBean newBean(String entityName) {
        try {
            return (EntityBaseBean) Class.forName(BEAN_PACKAGE + entityName).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No SOAP bean for entity " + entityName, e);
        }
    }

    /** The bean's fields by name, its superclasses' included. */
    Map<String, Field> fields(Class<?> beanClass) {
        return fieldsByClass.computeIfAbsent(beanClass, type -> {
            Map<String, Field> fields = new HashMap<>();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        field.setAccessible(true);
                        fields.putIfAbsent(field.getName(), field);
                    }
                }
            }
            return Map.copyOf(fields);
        });
    }

    private static Object get(Field field, Object bean) {
        try {
            return field.get(bean);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object bean, Object value) {
        try {
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static IcatServerException bad(String message) {
        return new IcatServerException(IcatErrorType.BAD_PARAMETER, message);
    }
}
