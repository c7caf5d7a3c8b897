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
 * @param cures       for a remedy, the failure preset it cures: the same settings but for the remedy; else null
 * @param kind        images (the file says so; a preset file without it is of images)
 */
public record Preset(String name, DataKind kind, String title, String description, String expect,
                     Map<String, Object> settings, String cures) implements ExperimentPreset {
    public Preset {
        kind = kind == null ? DataKind.IMAGES : kind;
    }

    public Preset(String name, String title, String description, String expect, Map<String, Object> settings) {
        this(name, DataKind.IMAGES, title, description, expect, settings, null);
    }

    public ExperimentConfig config() {
        return ExperimentConfig.baseline().with(settings == null ? Map.of() : settings);
    }
}
