package org.ganlab.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies named values (from a preset, from {@code --set key=value}, from the editor) to a configuration. Unknown
 * keys and values of the wrong type are refused with a message naming the key and what it takes.
 */
public final class ConfigOverrides {
    private ConfigOverrides() {
    }

    public static Map<String, Object> toMap(ExperimentConfig config) {
        return Json.MAPPER.convertValue(config, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    public static ExperimentConfig fromMap(Map<String, ?> values) {
        return apply(ExperimentConfig.baseline(), values);
    }

    /** The configuration with the given fields replaced; values may be typed or strings. */
    public static ExperimentConfig apply(ExperimentConfig base, Map<String, ?> overrides) {
        Map<String, Object> merged = toMap(base);
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            String key = e.getKey();
            ConfigSchema.Field field = ConfigSchema.field(key).orElseThrow(() -> new ConfigException(key,
                    "unknown setting; known settings: " + String.join(", ", ConfigSchema.fields().stream()
                            .map(ConfigSchema.Field::key).toList())));
            merged.put(key, coerce(field, e.getValue()));
        }
        try {
            return Json.MAPPER.convertValue(merged, ExperimentConfig.class);
        } catch (IllegalArgumentException e) {
            String field = e.getCause() instanceof JsonMappingException m
                    && !m.getPath().isEmpty() ? m.getPath().get(0).getFieldName() : "configuration";
            throw new ConfigException(field, "value does not fit: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Parses "key=value" pairs as given on the command line. */
    public static Map<String, String> parseAssignments(List<String> assignments) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(a, "expected key=value, for example latentSize=1");
            }
            map.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
        }
        return map;
    }

    private static Object coerce(ConfigSchema.Field field, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        String what = switch (field.kind()) {
            case INT -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + (field.key().equals("architecture") ? List.of(Architecture.values())
                    : List.of(WeightInitScheme.values()));
            case TEXT -> "text";
        };
        try {
            return switch (field.kind()) {
                case INT -> Long.parseLong(s);
                case DECIMAL -> Double.parseDouble(s);
                case BOOLEAN -> {
                    if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException();
                    }
                    yield Boolean.parseBoolean(s);
                }
                case CHOICE -> field.key().equals("architecture") ? Architecture.valueOf(s.toUpperCase())
                        : WeightInitScheme.valueOf(s.toUpperCase());
                case TEXT -> s;
            };
        } catch (IllegalArgumentException e) {
            throw new ConfigException(field.key(), "'" + s + "' is not " + what);
        }
    }

    /** Keys whose value differs between two configurations, in schema order. */
    public static List<String> differences(ExperimentConfig a, ExperimentConfig b) {
        List<String> keys = new ArrayList<>();
        for (ConfigSchema.Field f : ConfigSchema.fields()) {
            if (!Objects.equals(f.valueIn(a), f.valueIn(b))) {
                keys.add(f.key());
            }
        }
        return keys;
    }
}
