package org.ganlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Presets;
import picocli.CommandLine.Option;

/** The options that choose a configuration, shared by train and bench. */
final class ExperimentOptions {
    @Option(names = "--preset", defaultValue = "stable", description = "Preset name (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--epochs", description = "Number of epochs (overrides the preset).")
    Integer epochs;

    @Option(names = "--seed", description = "Random seed (overrides the preset).")
    Long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration field, repeatable.")
    List<String> assignments = new ArrayList<>();

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
        return ConfigSchema.validate(ConfigOverrides.apply(config, overrides));
    }
}
