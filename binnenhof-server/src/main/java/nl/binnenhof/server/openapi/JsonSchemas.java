package nl.binnenhof.server.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON schemas of the records the API answers, read from the records themselves, so the documentation follows the
 * code. A record becomes a named component (its simple name, or Enclosing.Name where two share a simple name); a
 * generic record such as {@code Page<ArticleHit>} is written in place with its type argument. Every property is
 * listed as required, because every field is written, null or not.
 */
final class JsonSchemas {
    private final Map<String, Object> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    /** The schema of a Java type: a reference for a record, an inline schema otherwise. */
    Map<String, Object> of(Type type) {
        return of(type, Map.of());
    }

    /** The components referenced so far. */
    Map<String, Object> components() {
        return components;
    }

    private Map<String, Object> of(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bindings.getOrDefault(variable, Object.class), Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", of(args[0], bindings));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties",
                        args[1] == Object.class ? true : of(args[1], bindings));
            }
            if (raw.isRecord()) {
                Map<TypeVariable<?>, Type> bound = new HashMap<>();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bound.put(variables[i], resolve(args[i], bindings));
                }
                return record(raw, bound);
            }
            return of(raw, bindings);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == char.class || c == Character.class) {
            return map("type", "string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == float.class || c == Float.class || c == double.class || c == Double.class) {
            return map("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c.isEnum()) {
            List<String> constants = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            return map("type", "string", "enum", constants);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return map("type", "array", "items", Map.of());
        }
        if (Map.class.isAssignableFrom(c)) {
            return map("type", "object", "additionalProperties", true);
        }
        if (c.isRecord()) {
            return map("$ref", "#/components/schemas/" + component(c));
        }
        return new LinkedHashMap<>(); // any JSON value
    }

    private String component(Class<?> record) {
        String name = names.get(record);
        if (name == null) {
            name = record.getSimpleName();
            if (names.containsValue(name) && record.getEnclosingClass() != null) {
                name = record.getEnclosingClass().getSimpleName() + "." + name;
            }
            for (int n = 2; names.containsValue(name); n++) {
                name = record.getSimpleName() + n;
            }
            names.put(record, name);
            components.put(name, Map.of()); // placeholder: a record may refer to itself
            components.put(name, record(record, Map.of()));
        }
        return name;
    }

    private Map<String, Object> record(Class<?> record, Map<TypeVariable<?>, Type> bindings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), of(component.getGenericType(), bindings));
            required.add(component.getName());
        }
        return map("type", "object", "properties", properties, "required", required);
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        return type instanceof TypeVariable<?> v ? bindings.getOrDefault(v, Object.class) : type;
    }

    /** An ordered map of alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
