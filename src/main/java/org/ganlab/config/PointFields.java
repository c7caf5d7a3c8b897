package org.ganlab.config;

import static org.ganlab.config.ConfigSchema.BOTH;
import static org.ganlab.config.ConfigSchema.DATA;
import static org.ganlab.config.ConfigSchema.GENERATOR;
import static org.ganlab.config.ConfigSchema.IMPAIRMENTS;
import static org.ganlab.config.ConfigSchema.OPTIMISER;
import static org.ganlab.config.ConfigSchema.REMEDIES;
import static org.ganlab.config.ConfigSchema.TRAINING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a run on points ({@link PlaneSettings}), with their help texts and rules: the playground's section,
 * in the lab's groups.
 */
final class PointFields {
    private PointFields() {
    }

    static SettingsSchema<PlaneSettings> schema() {
        SettingsSchema<PlaneSettings> s = new SettingsSchema<>(PlaneSettings.class, "a run on points");
        s.text("data", DATA, "Data", "The real points: a named shape (" + String.join(", ", PlaneData.values().stream()
                .map(PlaneData::name).toList()) + ") or a mixture placed with the mouse.", PlaneSettings::data,
                v -> v == null ? Optional.of("missing; allowed: one of " + String.join(", ", PlaneData.values()
                        .stream().map(PlaneData::name).toList()) + ", or a drawn mixture") : Optional.empty());
        s.integer("latentSize", GENERATOR, "Latent size", "Length of the random vector G maps to a point (2).",
                PlaneSettings::latentSize, 1, 64);
        s.integer("hidden", BOTH, "Hidden units", "Units of each hidden layer of both networks (64).",
                PlaneSettings::hidden, 1, 512);
        s.integer("layers", BOTH, "Hidden layers", "Hidden layers of each network (2).", PlaneSettings::layers, 1, 6);
        s.decimal("genLearningRate", OPTIMISER, "G learning rate", "Adam learning rate of G (0.001).",
                PlaneSettings::genLearningRate, 1e-7, 1, false);
        s.decimal("discLearningRate", OPTIMISER, "D learning rate", "Adam learning rate of D (0.001). Much larger "
                + "than G's makes D learn too fast.", PlaneSettings::discLearningRate, 1e-7, 1, false);
        s.decimal("genBeta1", OPTIMISER, "G beta1", "Adam beta1 of G (0.5).", PlaneSettings::genBeta1, 0, 1, true);
        s.decimal("genBeta2", OPTIMISER, "G beta2", "Adam beta2 of G (0.999).", PlaneSettings::genBeta2, 0, 1, true);
        s.decimal("discBeta1", OPTIMISER, "D beta1", "Adam beta1 of D (0.5).", PlaneSettings::discBeta1, 0, 1, true);
        s.decimal("discBeta2", OPTIMISER, "D beta2", "Adam beta2 of D (0.999).", PlaneSettings::discBeta2, 0, 1,
                true);
        s.integer("batch", TRAINING, "Batch size", "Real plus fake points per D step (half of each), and G's batch "
                + "(256).", PlaneSettings::batch, 2, 4096);
        s.integer("discSteps", TRAINING, "D steps / G step", "Discriminator updates before each generator update (1). "
                + "More makes D learn faster than G.", PlaneSettings::discSteps, 1, 20);
        s.integer("genSteps", TRAINING, "G steps / D step", "Generator updates after each round of discriminator "
                + "updates (1). More lets G chase what D cannot yet tell apart.", PlaneSettings::genSteps, 1, 20);
        s.integer("seed", TRAINING, "Seed", "Random seed: the same seed and settings give the same run.",
                PlaneSettings::seed, Long.MIN_VALUE, Long.MAX_VALUE);
        s.bool("saturatingGenLoss", IMPAIRMENTS, "Saturating loss", "Impairment: G minimises log(1 - D(G(z))), whose "
                + "gradient vanishes when D is confident.", PlaneSettings::saturatingGenLoss);
        s.choice("loss", REMEDIES, "Loss", "bce: the original GAN's cross-entropy (the default; Saturating loss "
                + "picks G's form). hinge: Lim and Ye 2017. wgan-gp: the Wasserstein critic with the gradient penalty "
                + "at lambda 0.1 (Gulrajani et al. 2017, their weight for 2-D data).", PlaneSettings::loss,
                List.of(PlaneSettings.BCE, PlaneSettings.HINGE, PlaneSettings.WGAN_GP));
        s.integer("pack", REMEDIES, "Packing", "Remedy (PacGAN, Lin et al. 2018): D sees this many points of one kind "
                + "side by side and gives one score to the pack (1 is the usual D).", PlaneSettings::pack, 1, 8);
        s.bool("minibatchStd", REMEDIES, "Minibatch stddev", "Remedy (Karras et al. 2018): D also reads the batch's "
                + "spread, computed over the real and the fake half each.", PlaneSettings::minibatchStd);
        s.decimal("instanceNoise", REMEDIES, "Instance noise", "Remedy (Sonderby et al. 2017; Arjovsky and Bottou "
                + "2017): the standard deviation of Gaussian noise added to every point D sees, 0 for none.",
                PlaneSettings::instanceNoise, 0, 5, false);
        s.integer("noiseAnneal", REMEDIES, "Noise annealing", "Iterations over which the instance noise falls "
                + "linearly to 0 (0: it stays).", PlaneSettings::noiseAnneal, 0, Integer.MAX_VALUE);
        s.integer("unrolledSteps", REMEDIES, "Unrolled steps", "Remedy (unrolled GAN, Metz et al. 2017): G's step "
                + "looks this many D steps ahead; 0 for the usual step. To first order unless Second order is on.",
                PlaneSettings::unrolledSteps, 0, 20);
        s.bool("unrolledSecondOrder", REMEDIES, "Second order", "The unrolled GAN as its paper defines it: G's "
                + "gradient goes back through D's unrolled Adam steps on G's own batch, so G anticipates how D will "
                + "answer. Needs the cross-entropy loss and Unrolled steps above 0.",
                PlaneSettings::unrolledSecondOrder);
        s.decimal("r1Gamma", REMEDIES, "R1 penalty", "Remedy (Mescheder et al. 2018): D's loss gains gamma/2 times the "
                + "mean squared norm of its gradient at real points; 0 is off.", PlaneSettings::r1Gamma, 0, 1000,
                false);
        s.bool("spectralNorm", REMEDIES, "Spectral norm", "Remedy (Miyato et al. 2018): D's weights are divided by "
                + "their largest singular value, so D's output changes at most as fast as its input.",
                PlaneSettings::spectralNorm);
        s.decimal("labelSmoothing", REMEDIES, "Label smoothing", "Remedy (Salimans et al. 2016): D's target for real "
                + "points is 1 minus this (0 is off).", PlaneSettings::labelSmoothing, 0, 0.5, false);
        return s.combinations(PointFields::combinations);
    }

    /** Why the second-order unrolled GAN cannot train with these settings, if it cannot. */
    private static Optional<String> secondOrderProblem(PlaneSettings s) {
        if (s.unrolledSteps() == 0) {
            return Optional.of("needs unrolledSteps 1 to 20");
        }
        if (!PlaneSettings.BCE.equals(s.loss())) {
            return Optional.of("only with loss bce (the paper's cross-entropy)");
        }
        if (s.spectralNorm() || s.minibatchStd() || s.r1Gamma() > 0) {
            return Optional.of("not with spectralNorm, minibatchStd or r1Gamma (its second derivatives are taken "
                    + "through D's plain layers only)");
        }
        return Optional.empty();
    }

    private static List<ConfigProblem> combinations(PlaneSettings s) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (s.pack() >= 1 && s.batch() < 2 * s.pack()) {
            problems.add(new ConfigProblem("batch", s.batch() + " is less than two packs of " + s.pack()
                    + "; allowed: " + 2 * s.pack() + " to 4096"));
        }
        if (s.saturatingGenLoss() && !PlaneSettings.BCE.equals(s.loss())) {
            problems.add(new ConfigProblem("saturatingGenLoss", "only with loss bce (the hinge loss and the critic "
                    + "give G minus D's mean score)"));
        }
        if (s.unrolledSecondOrder()) {
            secondOrderProblem(s).ifPresent(p -> problems.add(new ConfigProblem("unrolledSecondOrder", p)));
        }
        return problems;
    }
}
