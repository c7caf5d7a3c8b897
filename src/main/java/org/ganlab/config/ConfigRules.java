package org.ganlab.config;

import java.util.ArrayList;
import java.util.List;

/** The rules that tie fields together (each field's own range is in {@link ConfigSchema}). */
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
        if (config.imageSize() != 28 && config.imageSize() != 32 && config.imageSize() != 64) {
            problems.add(new ConfigProblem("imageSize", config.imageSize() + " is not allowed; allowed: 28, 32 or 64"));
        }
        return problems;
    }
}
