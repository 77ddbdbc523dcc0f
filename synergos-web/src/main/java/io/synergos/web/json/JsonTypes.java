package io.synergos.web.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a JSON value against the Java type a request body is bound to, before the binder sees it: every value must
 * be of the JSON type its Java type declares (a string for a String, a whole
 * number in range for an int, true or false for a boolean, an array for a list, ...), with no unpaired surrogate in a
 * string. JSON-B would otherwise turn {@code 12} or {@code true} into the string "12" or "true" and {@code "12"} into
 * the number 12, and store what the client never meant (the REST fuzz test created projects
 * named {@code true} and runs named {@code 12} that way). Plain Java: the binder's own naming (field and record
 * component names) is the naming here.
 */
public final class JsonTypes {

    private static final int MAX_DEPTH = 64;

    private JsonTypes() {
    }

    /** A value that does not fit: where it is (a JSON path such as {@code hyperparameters.rounds}) and why. */
    public static final class Mismatch extends RuntimeException {
        private final String path;

        Mismatch(String path, String message) {
            super(message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /**
     * Throws a {@link Mismatch} where {@code value} does not fit {@code type}, or where any of its names and strings,
     * read or ignored, is not Unicode text.
     */
    public static void check(JsonValue value, Type type) {
        text(value, "");
        check(value, type, "", 0);
    }

    /** Every name and string in {@code value} is Unicode text (no unpaired surrogate). */
    private static void text(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            unicode(string.getString(), path);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                text(array.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof JsonObject object) {
            object.forEach((key, item) -> {
                unicode(key, path);
                text(item, join(path, key));
            });
        }
    }

    private static void check(JsonValue value, Type type, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Mismatch(path, "is nested deeper than " + MAX_DEPTH + " levels");
        }
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw new Mismatch(path, "must not be null");
            }
            return;
        }
        if (raw == Object.class || JsonValue.class == raw) {
            return;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (!raw.isInstance(value)) {
                throw new Mismatch(path, "must be " + article(raw.getSimpleName()) + ", not " + describe(value));
            }
            return;
        }
        if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()
                || Temporal.class.isAssignableFrom(raw) || raw == java.util.UUID.class) {
            if (!(value instanceof JsonString text)) {
                throw new Mismatch(path, "must be a string, not " + describe(value));
            }
            unicode(text.getString(), path);
            return;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw new Mismatch(path, "must be true or false, not " + describe(value));
            }
            return;
        }
        if (isWhole(raw)) {
            whole(value, raw, path);
            return;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class) {
            if (!(value instanceof JsonNumber number)) {
                throw new Mismatch(path, "must be a number, not " + describe(value));
            }
            if (Double.isInfinite(number.bigDecimalValue().doubleValue())) {
                throw new Mismatch(path, "the number " + number + " is too large");
            }
            return;
        }
        if (raw == Optional.class) {
            check(value, argument(type, 0), path, depth + 1);
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                throw new Mismatch(path, "must be an array, not " + describe(value));
            }
            Type element = raw.isArray() ? (type instanceof GenericArrayType g ? g.getGenericComponentType()
                    : raw.getComponentType()) : argument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", depth + 1);
            }
            return;
        }
        if (!(value instanceof JsonObject object)) {
            throw new Mismatch(path, "must be an object, not " + describe(value));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type values = argument(type, 1);
            object.forEach((key, item) -> {
                unicode(key, path);
                check(item, values, join(path, key), depth + 1);
            });
            return;
        }
        for (Map.Entry<String, JsonValue> property : object.entrySet()) {
            Type declared = property(raw, property.getKey());
            if (declared != null) {
                check(property.getValue(), declared, join(path, property.getKey()), depth + 1);
            }
            // a property the type does not have is ignored, as the binder ignores it (a node may send more than a
            // type reads: a record's derived values, a newer version's fields)
        }
    }

    /** The declared type of {@code name} in {@code type}: a record component, or a field the binder may set. */
    private static Type property(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers())) {
                    return field.getGenericType();
                }
            }
        }
        return null;
    }

    private static void whole(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw new Mismatch(path, "must be a whole number, not " + describe(value));
        }
        BigDecimal decimal = number.bigDecimalValue();
        BigInteger whole;
        try {
            whole = decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new Mismatch(path, "must be a whole number, not " + number);
        }
        if (raw == BigInteger.class) {
            return;
        }
        long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                : raw == short.class || raw == Short.class ? Short.MIN_VALUE
                : raw == byte.class || raw == Byte.class ? Byte.MIN_VALUE : Long.MIN_VALUE;
        long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                : raw == short.class || raw == Short.class ? Short.MAX_VALUE
                : raw == byte.class || raw == Byte.class ? Byte.MAX_VALUE : Long.MAX_VALUE;
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Mismatch(path, "the number " + number + " is out of range (" + min + " to " + max + ")");
        }
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static void unicode(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Mismatch(path, "holds an unpaired surrogate (\\u" + Integer.toHexString(c)
                        + "), which is not Unicode text");
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
        };
    }

    private static String article(String type) {
        return type.startsWith("Json") ? "a JSON " + type.substring(4).toLowerCase(java.util.Locale.ROOT) : type;
    }
}
