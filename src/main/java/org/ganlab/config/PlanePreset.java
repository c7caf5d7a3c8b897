package org.ganlab.config;

import java.util.Map;

/**
 * A named setting of the plane playground, read from {@code plane-presets/NAME.json}: the playground's defaults with
 * a few fields changed, the iterations it trains, and the verdict it is built to show.
 *
 * @param name        the file name, and the name {@code plane --preset} takes
 * @param kind        points (the file says so)
 * @param title       a short title for the preset box
 * @param description one or two sentences: what a student sees
 * @param expect      the verdict's label the preset shows on every seed (a sweep checks it)
 * @param iterations  the iterations a run trains
 * @param settings    the fields of {@link PlaneSettings} that differ from its defaults
 * @param cures       for a remedy, the failure preset it cures (the same settings but for the remedy); else null
 *                    (its page of the guide is in the one guide, beside the images' pages)
 */
public record PlanePreset(String name, DataKind kind, String title, String description, String expect,
                          int iterations, Map<String, Object> settings, String cures)
        implements ExperimentPreset {
    public PlanePreset {
        kind = kind == null ? DataKind.POINTS : kind;
    }

    public PlanePreset(String name, String title, String description, String expect, int iterations,
                       Map<String, Object> settings, String cures) {
        this(name, DataKind.POINTS, title, description, expect, iterations, settings, cures);
    }

    /** The settings of a run of this preset on {@code seed}. */
    public PlaneSettings settings(long seed) {
        return PlaneSettings.defaults(PlaneData.RING_8, seed).with(settings == null ? Map.of() : settings);
    }
}
