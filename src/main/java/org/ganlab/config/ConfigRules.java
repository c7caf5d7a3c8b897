package org.ganlab.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that tie fields together, those of a field's form that are more than a range (a folder's name, a choice of
 * digits), and those of this machine (each field's range is in {@link ConfigSchema}).
 */
final class ConfigRules {
    private ConfigRules() {
    }

    /** Every problem of a combination of fields, naming the field to change and what is allowed. */
    static List<ConfigProblem> combinations(ExperimentConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.architecture() == Architecture.DCGAN && (config.imageFolder() == null || config.imageFolder().isBlank()
                || config.imageSize() == 28)) {
            problems.add(new ConfigProblem("architecture", "DCGAN needs an image folder at size 32 or 64; "
                    + "allowed for MNIST digits: REFERENCE"));
        }
        if (config.conditional() && config.imageFolder() != null && !config.imageFolder().isBlank()) {
            problems.add(new ConfigProblem("conditional", "a picture folder has no class labels; allowed with "
                    + "MNIST-format data (a data folder with a labels file, or the bundled digits)"));
        }
        if (config.packing() > 1 && config.halfBatch() % config.packing() != 0) {
            problems.add(new ConfigProblem("packing", "half the batch (" + config.halfBatch() + ") must divide into "
                    + "packs of " + config.packing() + "; allowed: a batch size divisible by " + 2 * config.packing()));
        }
        if (config.combinedBatch() && (config.packing() > 1 || config.r1Gamma() > 0 || config.diffAugment())) {
            problems.add(new ConfigProblem("combinedBatch", "the combined batch impairment cannot be used with "
                    + "packing, the R1 penalty or differentiable augmentation; allowed: turn one of them off"));
        }
        if (config.hingeLoss() && (config.saturatingGenLoss() || config.labelSmoothing() > 0)) {
            problems.add(new ConfigProblem("hingeLoss", "the hinge loss replaces the cross-entropy losses, so it "
                    + "cannot be used with the saturating G loss or label smoothing; allowed: turn one of them off"));
        }
        if (config.iterationsPerEpoch() > 0 && (long) config.epochs() * config.iterationsPerEpoch()
                > ConfigSchema.MAX_ITERATIONS) {
            problems.add(new ConfigProblem("epochs", config.epochs() + " epochs of " + config.iterationsPerEpoch()
                    + " iterations are more than the " + ConfigSchema.MAX_ITERATIONS + " iterations a run may train (a row each in "
                    + "metrics.csv); allowed: fewer epochs or iterations per epoch"));
        }
        if (config.imageSize() != 28 && config.imageSize() != 32 && config.imageSize() != 64) {
            problems.add(new ConfigProblem("imageSize", config.imageSize() + " is not allowed; allowed: 28, 32 or 64"));
        }
        return problems;
    }

    /**
     * The problems of a configuration on this machine: a data folder that does not exist here, or more memory than
     * a run may take ({@link MemoryNeed}).
     */
    static List<ConfigProblem> here(ExperimentConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        String dataDir = config.dataDir() == null ? "" : config.dataDir().trim();
        if (!dataDir.isEmpty() && !Files.isDirectory(Path.of(dataDir))) {
            problems.add(new ConfigProblem("dataDir", "folder '" + dataDir + "' does not exist; allowed: an existing "
                    + "folder, or empty for bundled MNIST"));
        }
        String pictures = config.imageFolder() == null ? "" : config.imageFolder().trim();
        if (!pictures.isEmpty() && !Files.isDirectory(Path.of(pictures))) {
            problems.add(new ConfigProblem("imageFolder", "folder '" + pictures + "' does not exist; allowed: an "
                    + "existing folder of pictures, or empty for MNIST"));
        }
        if (problems.isEmpty()) {
            MemoryNeed.trainingProblem(config).ifPresent(problems::add);
        }
        return problems;
    }

    /** The longest path a data field takes. */
    static final int MAX_PATH = 4096;

    /** A folder's name as a field holds it: text of at most {@link #MAX_PATH} characters with no control characters. */
    static Optional<String> path(Object v) {
        String s = v == null ? "" : v.toString();
        if (s.length() > MAX_PATH || s.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("not a folder name; allowed: a path of at most " + MAX_PATH + " characters without "
                    + "control characters, or empty");
        }
        return Optional.empty();
    }

    static Optional<String> digits(Object v) {
        try {
            DigitSelection.parse(v == null ? "" : v.toString());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
