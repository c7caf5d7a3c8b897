package org.ganlab.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --set key=value} pairs as given on the command line; the settings of either kind apply them by name
 * ({@link SettingsSchema#apply}).
 */
public final class ConfigOverrides {
    private ConfigOverrides() {
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
}
