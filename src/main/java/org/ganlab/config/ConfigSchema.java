package org.ganlab.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The one settings schema of the lab, with a section per kind of data: {@link #IMAGES} for a run on images
 * ({@link ExperimentConfig}) and {@link #POINTS} for a run on points ({@link PlaneSettings}). Each field has its
 * group, label, help text and rule; the command line, the presets, the run records and the editors read them. A run
 * on images is also checked against this machine ({@link #problems}).
 */
public final class ConfigSchema {

    public static final String DATA = "Data";
    public static final String GENERATOR = "Generator";
    public static final String DISCRIMINATOR = "Discriminator";
    public static final String BOTH = "Both models";
    public static final String OPTIMISER = "Optimiser";
    public static final String TRAINING = "Training";
    public static final String IMPAIRMENTS = "Impairments";
    public static final String REMEDIES = "Remedies";

    /** The most fresh samples the quality measures score at once (the MNIST test set has 10,000 images). */
    public static final int MAX_QUALITY_SAMPLES = 10_000;

    /**
     * The most iterations a run on images trains in all (epochs times the iterations of each): weeks at the reference's
     * speed, and a bound on metrics.csv (a row each) that a reader can hold.
     */
    public static final int MAX_ITERATIONS = 2_000_000;

    /** The most epochs a run may train: every per-epoch file name and count is bounded by it. */
    public static final int MAX_EPOCHS = 10_000;

    /** The settings of a run on images, the lab's digits and pictures. */
    public static final SettingsSchema<ExperimentConfig> IMAGES = ImageFields.schema();

    /** The settings of a run on points, the playground's. */
    public static final SettingsSchema<PlaneSettings> POINTS = PointFields.schema();

    private ConfigSchema() {
    }

    /**
     * Every problem of a run on images, in field order; empty when it can be trained here: its data folders exist and
     * it fits in this machine's memory ({@link ConfigRules#here}, asked once every field is within its range).
     */
    public static List<ConfigProblem> problems(ExperimentConfig config) {
        List<ConfigProblem> problems = new ArrayList<>(IMAGES.problems(config));
        if (problems.isEmpty()) {
            problems.addAll(ConfigRules.here(config));
        }
        return problems;
    }

    /** Throws a {@link ConfigException} naming every problem, or returns the configuration unchanged. */
    public static ExperimentConfig validate(ExperimentConfig config) {
        List<ConfigProblem> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }
}
