package org.cocworkflow.core.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The expected shape of every type of the JSON format, read from the types themselves: the fields and their
 * required flags from the {@code @JsonProperty} annotations Immutables puts on the generated implementations, the
 * subtypes from {@code @JsonSubTypes}. Checking a document against its shape lists every problem at once, before
 * Jackson binds it (Jackson stops at the first).
 */
public final class Shapes {
    private static final Map<Type, Shape> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_LISTED_VALUES = 40;

    private Shapes() {
    }

    /** A type's expected shape. */
    public interface Shape {
        /**
         * Checks a node, recording every problem.
         *
         * @param node the node, never null (JSON null is a {@code NullNode})
         * @param path its JSON path
         * @param problems where problems go
         */
        void check(JsonNode node, String path, Problems problems);

        /**
         * Tells whether JSON {@code null} is acceptable (it is for optional values only).
         *
         * @return true for optional values
         */
        default boolean acceptsNull() {
            return false;
        }
    }

    /**
     * Returns the shape of a type of the format.
     *
     * @param type a type reachable from a report or a case file
     * @return the shape
     * @throws IllegalStateException if the type is not part of the format
     */
    public static Shape of(Type type) {
        Shape cached = CACHE.get(type);
        if (cached != null) {
            return cached;
        }
        Shape shape = build(type);
        CACHE.putIfAbsent(type, shape);
        return shape;
    }

    /**
     * Checks a document's top-level object against a value type, skipping one field the document envelope adds
     * (the format).
     *
     * @param type a value type with a JSON shape of its own fields
     * @param root the top-level object
     * @param envelopeField the field to skip
     * @param problems where problems go
     */
    public static void checkTopLevel(Class<?> type, JsonNode root, String envelopeField, Problems problems) {
        Shape shape = of(type);
        if (!(shape instanceof ObjectShape object)) {
            throw new IllegalStateException("no top-level object shape for " + type.getName());
        }
        object.check(root, "$", problems, envelopeField);
    }

    private static Shape build(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type argument = parameterized.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return new OptionalShape(of(argument));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return new ArrayShape(of(argument));
            }
            if (Map.class.isAssignableFrom(raw) && (argument == Long.class || argument == String.class)) {
                return new MapShape(argument == Long.class, of(parameterized.getActualTypeArguments()[1]));
            }
            throw new IllegalStateException("no JSON shape for " + type.getTypeName());
        }
        Class<?> type1 = (Class<?>) type;
        if (type1 == String.class) {
            return Scalar.STRING;
        }
        if (type1 == boolean.class || type1 == Boolean.class) {
            return Scalar.BOOLEAN;
        }
        if (type1 == int.class || type1 == Integer.class) {
            return Scalar.INT;
        }
        if (type1 == long.class || type1 == Long.class) {
            return Scalar.LONG;
        }
        if (type1 == Instant.class) {
            return Scalar.INSTANT;
        }
        if (type1 == java.time.Duration.class) {
            return Scalar.DURATION;
        }
        if (type1 == java.util.OptionalLong.class) {
            return new OptionalShape(Scalar.LONG);
        }
        if (type1.isEnum()) {
            return new EnumShape(Arrays.stream(type1.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (hasJsonValue(type1)) {
            return Scalar.STRING;
        }
        JsonTypeInfo typeInfo = type1.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = type1.getAnnotation(JsonSubTypes.class);
        if (typeInfo != null && subTypes != null) {
            return new PolymorphicShape(typeInfo.property(), subTypes);
        }
        JsonDeserialize deserialize = type1.getAnnotation(JsonDeserialize.class);
        if (deserialize != null && deserialize.as() != Void.class) {
            return new ObjectShape(deserialize.as());
        }
        throw new IllegalStateException("no JSON shape for " + type1.getName());
    }

    private static boolean hasJsonValue(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(JsonValue.class));
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return node.isNull() ? "null" : "another kind of value";
    }

    private static String listed(List<String> values) {
        return values.size() <= MAX_LISTED_VALUES ? String.join(", ", values)
                : "one of the " + values.size() + " documented values";
    }

    /** Strings, booleans, numbers and instants. */
    private enum Scalar implements Shape {
        STRING {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                if (!node.isTextual()) {
                    problems.add(path, "expected a string, found " + describe(node));
                }
            }
        },
        BOOLEAN {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                if (!node.isBoolean()) {
                    problems.add(path, "expected true or false, found " + describe(node));
                }
            }
        },
        INT {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    problems.add(path, "expected a whole number between -2147483648 and 2147483647, found "
                            + describe(node));
                }
            }
        },
        LONG {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    problems.add(path, "expected a whole number, found " + describe(node));
                }
            }
        },
        INSTANT {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                if (!node.isTextual()) {
                    problems.add(path, "expected an ISO-8601 instant such as 2026-05-01T14:30:00Z, found "
                            + describe(node));
                    return;
                }
                try {
                    Instant.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    problems.add(path, "expected an ISO-8601 instant such as 2026-05-01T14:30:00Z");
                }
            }
        },
        DURATION {
            @Override
            public void check(JsonNode node, String path, Problems problems) {
                boolean valid = node.isTextual();
                if (valid) {
                    try {
                        java.time.Duration.parse(node.textValue());
                    } catch (DateTimeParseException e) {
                        valid = false;
                    }
                }
                if (!valid) {
                    problems.add(path, "expected an ISO-8601 duration such as PT72H");
                }
            }
        }
    }

    /** An object used as a map: keys (whole numbers, or any text) to values of one shape. */
    private record MapShape(boolean numericKeys, Shape value) implements Shape {
        @Override
        public void check(JsonNode node, String path, Problems problems) {
            if (!node.isObject()) {
                problems.add(path, "expected an object, found " + describe(node));
                return;
            }
            int position = 0;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                position++;
                String entryPath = path + "[entry " + position + "]";
                if (numericKeys) {
                    try {
                        Long.parseLong(entry.getKey());
                    } catch (NumberFormatException e) {
                        problems.add(entryPath, "expected a whole number as the key");
                        continue;
                    }
                }
                if (entry.getValue().isNull()) {
                    problems.add(entryPath, "map values must not be null");
                } else {
                    value.check(entry.getValue(), entryPath, problems);
                }
            }
        }
    }

    /** One of an enum's constant names. */
    private record EnumShape(List<String> names) implements Shape {
        @Override
        public void check(JsonNode node, String path, Problems problems) {
            if (!node.isTextual() || !names.contains(node.textValue())) {
                problems.add(path, "expected one of: " + listed(names));
            }
        }
    }

    /** An optional value: absent, null, or the inner shape. */
    private record OptionalShape(Shape inner) implements Shape {
        @Override
        public void check(JsonNode node, String path, Problems problems) {
            if (!node.isNull()) {
                inner.check(node, path, problems);
            }
        }

        @Override
        public boolean acceptsNull() {
            return true;
        }
    }

    /** An array of elements of one shape. */
    private record ArrayShape(Shape element) implements Shape {
        @Override
        public void check(JsonNode node, String path, Problems problems) {
            if (!node.isArray()) {
                problems.add(path, "expected an array, found " + describe(node));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPath = Problems.index(path, i);
                if (item.isNull()) {
                    problems.add(itemPath, "array elements must not be null");
                } else {
                    element.check(item, itemPath, problems);
                }
            }
        }
    }

    /** One field of an object. */
    private record Field(Type type, boolean required) {
    }

    /** An object with known fields, read from a generated implementation's {@code @JsonProperty} accessors. */
    private static final class ObjectShape implements Shape {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        ObjectShape(Class<?> implementation) {
            for (Method method : implementation.getMethods()) {
                JsonProperty property = method.getAnnotation(JsonProperty.class);
                if (property != null && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
                    fields.put(property.value(), new Field(method.getGenericReturnType(), property.required()));
                }
            }
            if (fields.isEmpty()) {
                throw new IllegalStateException("no JSON fields on " + implementation.getName());
            }
        }

        @Override
        public void check(JsonNode node, String path, Problems problems) {
            check(node, path, problems, null);
        }

        void check(JsonNode node, String path, Problems problems, String skipped) {
            if (!node.isObject()) {
                problems.add(path, "expected an object, found " + describe(node));
                return;
            }
            int position = 0;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                position++;
                String name = entry.getKey();
                if (name.equals(skipped)) {
                    continue;
                }
                Field field = fields.get(name);
                if (field == null) {
                    problems.unknownField(path, position, name, fields.keySet());
                    continue;
                }
                Shape shape = of(field.type());
                String fieldPath = Problems.field(path, name);
                if (entry.getValue().isNull() && !shape.acceptsNull()) {
                    problems.add(fieldPath, "must not be null");
                } else {
                    shape.check(entry.getValue(), fieldPath, problems);
                }
            }
            fields.forEach((name, field) -> {
                if (field.required() && !node.has(name)) {
                    problems.add(Problems.field(path, name), "required field is missing");
                }
            });
        }
    }

    /** A closed hierarchy: a type property naming one of the listed subtypes. */
    private static final class PolymorphicShape implements Shape {
        private final String property;
        private final Map<String, Class<?>> subtypes = new LinkedHashMap<>();

        PolymorphicShape(String property, JsonSubTypes subTypes) {
            this.property = property;
            for (JsonSubTypes.Type type : subTypes.value()) {
                JsonTypeName name = type.value().getAnnotation(JsonTypeName.class);
                if (name == null) {
                    throw new IllegalStateException("no @JsonTypeName on " + type.value().getName());
                }
                subtypes.put(name.value(), type.value());
            }
        }

        @Override
        public void check(JsonNode node, String path, Problems problems) {
            if (!node.isObject()) {
                problems.add(path, "expected an object, found " + describe(node));
                return;
            }
            JsonNode type = node.get(property);
            String typePath = Problems.field(path, property);
            if (type == null) {
                problems.add(typePath, "required field is missing; expected one of: " + names());
                return;
            }
            Class<?> subtype = type.isTextual() ? subtypes.get(type.textValue()) : null;
            if (subtype == null) {
                problems.add(typePath, "unknown type; expected one of: " + names());
                return;
            }
            ((ObjectShape) of(subtype)).check(node, path, problems, property);
        }

        private String names() {
            return listed(subtypes.keySet().stream().collect(Collectors.toList()));
        }
    }
}
