package org.ganlab.config;

import java.util.Map;

/**
 * A named configuration for the lab: the baseline with a few fields changed, read from
 * {@code resources/presets/NAME.json}.
 *
 * @param name        the file name and the name used by {@code --preset}
 * @param title       a short title for menus
 * @param description one line: what the preset shows
 * @param expect      the run verdict's label the preset is built to show on every seed (a sweep checks it)
 * @param settings    the fields that differ from the baseline
 */
public record Preset(String name, String title, String description, String expect, Map<String, Object> settings) {

    public ExperimentConfig config() {
        return ConfigOverrides.fromMap(settings == null ? Map.of() : settings);
    }
}
