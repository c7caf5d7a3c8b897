package org.ganlab.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of one kind of data ({@link ConfigSchema#IMAGES}, {@link ConfigSchema#POINTS}): every field with its
 * group, label, help text, type and rule, and the rules that tie fields together. The command line, the presets,
 * the run records and the editors of both kinds read their settings through it: values are changed by name
 * ({@link #apply}), checked ({@link #problems}) and compared ({@link #differences}) the same way for both kinds.
 *
 * @param <C> the record the settings are held in
 */
public final class SettingsSchema<C> {

    public enum Kind { INT, DECIMAL, BOOLEAN, TEXT, CHOICE }

    /**
     * One field.
     *
     * @param key     the JSON name and the name used by {@code --set}
     * @param group   the editor group
     * @param label   a short human name
     * @param help    what it does, and for impairments what it breaks
     * @param rule    returns a problem description (what is allowed), or empty when the value is fine
     * @param choices for a choice, the values allowed, as written in files; otherwise empty
     */
    public record Field<C>(String key, String group, String label, String help, Kind kind,
                           Function<C, Object> getter, Function<Object, Optional<String>> rule, List<String> choices) {
        public Field {
            choices = List.copyOf(choices);
        }

        public Object valueIn(C settings) {
            return getter.apply(settings);
        }

        public Optional<String> check(Object value) {
            return rule.apply(value);
        }
    }

    private final Class<C> type;
    private final String kindName;
    private final Map<String, Field<C>> fields = new LinkedHashMap<>();
    private Function<C, List<ConfigProblem>> combinations = c -> List.of();

    /** {@code kindName} names the settings in messages ("the lab", "the playground"). */
    SettingsSchema(Class<C> type, String kindName) {
        this.type = type;
        this.kindName = kindName;
    }

    /** Every field, in editor order. */
    public List<Field<C>> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<Field<C>> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /**
     * Every problem of settings as a file records them (a run's config.json, a preset): each field's range and kind,
     * then the rules that tie fields together; empty when they are fine.
     */
    public List<ConfigProblem> problems(C settings) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Field<C> f : fields.values()) {
            f.check(f.valueIn(settings)).ifPresent(m -> problems.add(new ConfigProblem(f.key(), m)));
        }
        problems.addAll(combinations.apply(settings));
        return problems;
    }

    /** Every field by name, as written in a file. */
    public Map<String, Object> toMap(C settings) {
        return Json.MAPPER.convertValue(settings, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /**
     * {@code base} with the named fields replaced; values may be typed or text (from {@code --set}). An unknown
     * field, or a value of the wrong type, is refused with a {@link ConfigException} naming the field and what it
     * takes. Ranges are not checked here: {@link #problems} does.
     */
    public C apply(C base, Map<String, ?> changes) {
        Map<String, Object> merged = toMap(base);
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            String key = e.getKey();
            Field<C> field = field(key).orElseThrow(() -> new ConfigException(key, "unknown setting of " + kindName
                    + "; known settings: " + String.join(", ", fields.keySet())));
            merged.put(key, coerce(field, e.getValue()));
        }
        try {
            return Json.MAPPER.convertValue(merged, type);
        } catch (IllegalArgumentException e) {
            String key = e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(0).getFieldName() : "settings";
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // a value's own explanation ("data: a drawn mixture has 1 to 25 modes"), when it gave one
            if (root instanceof IllegalArgumentException && root.getMessage() != null
                    && root.getMessage().startsWith(key + ": ")) {
                throw new ConfigException(key, root.getMessage().substring(key.length() + 2));
            }
            throw new ConfigException(key, "value does not fit: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The names of the fields whose values differ between two settings, in editor order. */
    public List<String> differences(C a, C b) {
        List<String> keys = new ArrayList<>();
        for (Field<C> f : fields.values()) {
            if (!Objects.equals(f.valueIn(a), f.valueIn(b))) {
                keys.add(f.key());
            }
        }
        return keys;
    }

    private static Object coerce(Field<?> field, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
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
                case CHOICE -> field.choices().stream().filter(c -> c.equalsIgnoreCase(s)).findFirst()
                        .orElseThrow(IllegalArgumentException::new);
                case TEXT -> s;
            };
        } catch (IllegalArgumentException e) {
            String what = switch (field.kind()) {
                case INT -> "a whole number";
                case DECIMAL -> "a number";
                case BOOLEAN -> "true or false";
                case CHOICE -> "one of " + String.join(", ", field.choices());
                case TEXT -> "text";
            };
            throw new ConfigException(field.key(), "'" + s + "' is not " + what);
        }
    }

    // ---- building a kind's fields (ImageFields, PointFields) -----------------------------------------------------

    SettingsSchema<C> combinations(Function<C, List<ConfigProblem>> rules) {
        this.combinations = rules;
        return this;
    }

    private SettingsSchema<C> put(Field<C> f) {
        fields.put(f.key(), f);
        return this;
    }

    SettingsSchema<C> integer(String key, String group, String label, String help, Function<C, Object> getter,
                              long min, long max) {
        return put(new Field<>(key, group, label, help, Kind.INT, getter, v -> {
            if (!(v instanceof Number number)) {
                return Optional.of("missing; allowed: a whole number from " + min + " to " + max);
            }
            long n = number.longValue();
            if (n < min || n > max) {
                return Optional.of(n + " is out of range; allowed: a whole number from " + min + " to " + max);
            }
            return Optional.empty();
        }, List.of()));
    }

    /** A number from {@code min} to {@code max} ({@code max} itself allowed unless {@code maxExclusive}). */
    SettingsSchema<C> decimal(String key, String group, String label, String help, Function<C, Object> getter,
                              double min, double max, boolean maxExclusive) {
        return put(new Field<>(key, group, label, help, Kind.DECIMAL, getter, v -> {
            double d = v instanceof Number number ? number.doubleValue() : Double.NaN;
            boolean ok = Double.isFinite(d) && d >= min && (maxExclusive ? d < max : d <= max);
            if (!ok) {
                return Optional.of(d + " is out of range; allowed: a number from " + min + " to " + max
                        + (maxExclusive ? " (exclusive)" : ""));
            }
            return Optional.empty();
        }, List.of()));
    }

    SettingsSchema<C> bool(String key, String group, String label, String help, Function<C, Object> getter) {
        return put(new Field<>(key, group, label, help, Kind.BOOLEAN, getter, v -> Optional.empty(), List.of()));
    }

    /** One of {@code choices}, as written in files (an enum's names, or words). */
    SettingsSchema<C> choice(String key, String group, String label, String help, Function<C, Object> getter,
                             List<String> choices) {
        return put(new Field<>(key, group, label, help, Kind.CHOICE, getter,
                v -> v != null && choices.contains(v.toString()) ? Optional.empty()
                        : Optional.of((v == null ? "missing" : "'" + v + "' is not allowed") + "; allowed: one of "
                        + String.join(", ", choices)), choices));
    }

    SettingsSchema<C> text(String key, String group, String label, String help, Function<C, Object> getter,
                           Function<Object, Optional<String>> rule) {
        return put(new Field<>(key, group, label, help, Kind.TEXT, getter, rule, List.of()));
    }
}
