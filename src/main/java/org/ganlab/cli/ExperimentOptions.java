package org.ganlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlaneSettings;
import org.ganlab.config.Presets;
import picocli.CommandLine.Option;

/** The options that choose a configuration, shared by train and bench. */
final class ExperimentOptions {
    @Option(names = "--preset", defaultValue = "stable", description = "Preset name (default: ${DEFAULT-VALUE}); a "
            + "2-D preset (plane-...) trains a run on points, with --epochs counting its checks of 250 iterations.")
    String preset;

    @Option(names = "--epochs", description = "Number of epochs (overrides the preset).")
    Integer epochs;

    @Option(names = "--seed", description = "Random seed (overrides the preset).")
    Long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration field, repeatable.")
    List<String> assignments = new ArrayList<>();

    /** A preset on points with the command line's seed (1 when none) and changes, validated. */
    PlaneSettings pointSettings(PlanePreset preset) {
        PlaneSettings settings;
        try {
            settings = preset.settings(seed == null ? 1 : seed)
                    .with(new LinkedHashMap<>(ConfigOverrides.parseAssignments(assignments)));
        } catch (ConfigException e) {
            throw new GanLabCli.BadArgumentException("--set " + e.getMessage());
        }
        settings.problem().ifPresent(p -> {
            throw new GanLabCli.BadArgumentException("--set " + p);
        });
        return settings;
    }

    /** The preset with the command line's changes applied, validated. */
    ExperimentConfig resolve() {
        ExperimentConfig config = Presets.get(preset).config();
        var overrides = new LinkedHashMap<String, Object>(ConfigOverrides.parseAssignments(assignments));
        if (epochs != null) {
            overrides.put("epochs", epochs);
        }
        if (seed != null) {
            overrides.put("seed", seed);
        }
        return ConfigSchema.validate(config.with(overrides));
    }
}
