package org.ganlab.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documentation and the rules of every configuration field, in one place. The command line, the presets and
 * the desktop editor all read it: the editor builds its groups, labels and help texts from {@link #fields()}.
 */
public final class ConfigSchema {

    public enum Kind { INT, DECIMAL, BOOLEAN, TEXT, CHOICE }

    /**
     * One field.
     *
     * @param key    the JSON name and the name used by {@code --set}
     * @param group  the editor group
     * @param label  a short human name
     * @param help   what it does, and for impairments what it breaks
     * @param rule   returns a problem description (what is allowed), or empty when the value is fine
     */
    public record Field(String key, String group, String label, String help, Kind kind,
                        Function<ExperimentConfig, Object> getter, Function<Object, Optional<String>> rule) {
        public Object valueIn(ExperimentConfig config) {
            return getter.apply(config);
        }

        public Optional<String> check(Object value) {
            return rule.apply(value);
        }
    }

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

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        text("dataDir", DATA, "Data folder",
                "Folder holding MNIST-format IDX files (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]); "
                        + "empty for the bundled MNIST digits.", ExperimentConfig::dataDir, ConfigRules::path);
        text("digits", DATA, "Digits", "Which classes to train on: one digit (8 in the reference), several "
                + "separated by commas, or 'all'.", ExperimentConfig::digits, ConfigRules::digits);
        integer("maxImages", DATA, "Image cap", "Use at most this many images, 0 for all. A small cap is the "
                + "'too little data' impairment: D memorises the few real images.", ExperimentConfig::maxImages, 0, 10_000_000);

        text("imageFolder", DATA, "Image folder", "A folder of your own JPEG/PNG pictures (subfolders included) to "
                + "train on instead of MNIST; empty for MNIST. Pictures are centre-cropped and resized.",
                ExperimentConfig::imageFolder, ConfigRules::path);
        integer("imageSize", DATA, "Image size", "Height and width of the training images from an image folder: "
                + "28, 32 or 64 (MNIST is always 28).", ExperimentConfig::imageSize, 28, 64);
        bool("colour", DATA, "Colour", "Train on an image folder in colour (RGB) instead of grey.",
                ExperimentConfig::colour);
        put(new Field("architecture", GENERATOR, "Architecture", "REFERENCE: the reference experiment's networks "
                + "for 28x28 digits. DCGAN: Radford et al.'s deeper networks for 32x32 or 64x64 pictures (four stride-2 "
                + "layers per model at 64; G and D filters are then those of G's last and D's first layer).",
                Kind.CHOICE, ExperimentConfig::architecture,
                v -> v == null ? Optional.of("must be one of REFERENCE, DCGAN") : Optional.empty()));
        integer("latentSize", GENERATOR, "Latent size", "Length of the random vector G draws images from (100). "
                + "Setting it to 1 is the mode-collapse impairment: G can only make a handful of distinct images.",
                ExperimentConfig::latentSize, 1, 1024);
        integer("genFilters", GENERATOR, "G filters", "Channels of G's dense projection and transposed "
                + "convolutions (128). Very few is the 'too little capacity' impairment.", ExperimentConfig::genFilters, 1, 1024);
        integer("genKernelSize", GENERATOR, "G kernel", "Kernel size of G's stride-2 transposed convolutions (4). "
                + "Very small or very large kernels are an impairment.", ExperimentConfig::genKernelSize, 1, 14);

        integer("discFilters", DISCRIMINATOR, "D filters", "Filters of each of D's two convolutions (64). Very "
                + "few is the 'too little capacity' impairment.", ExperimentConfig::discFilters, 1, 1024);
        integer("discKernelSize", DISCRIMINATOR, "D kernel", "Kernel size of D's stride-2 convolutions (4).",
                ExperimentConfig::discKernelSize, 1, 14);

        choice("weightInit", BOTH, "Weight init", "NORMAL draws weights from N(0, std); XAVIER (Glorot uniform) "
                + "is the 'bad initialisation' impairment.", ExperimentConfig::weightInit);
        decimal("initStd", BOTH, "Init std", "Standard deviation of NORMAL initialisation (0.02). 0.2 is the "
                + "'bad initialisation' impairment: D loss near 0 from the start.", ExperimentConfig::initStd, 1e-6, 10, false);
        bool("batchNorm", BOTH, "Batch norm", "Batch normalisation after each (transposed) convolution.",
                ExperimentConfig::batchNorm);
        decimal("batchNormDecay", BOTH, "BN decay", "Decay of batch norm's running averages (0.99 as in Keras); "
                + "they are used only with 'Sample with running averages'.", ExperimentConfig::batchNormDecay, 0, 1, true);
        decimal("leakySlope", BOTH, "LeakyReLU slope", "Slope of LeakyReLU for negative inputs (0.2).",
                ExperimentConfig::leakySlope, 0, 1, true);

        decimal("genLearningRate", OPTIMISER, "G learning rate", "Adam learning rate of G (0.0002).",
                ExperimentConfig::genLearningRate, 1e-7, 1, false);
        decimal("genBeta1", OPTIMISER, "G beta1", "Adam beta1 of G (0.5; Adam's default 0.9 is part of the "
                + "'aggressive optimiser' impairment).", ExperimentConfig::genBeta1, 0, 1, true);
        decimal("genBeta2", OPTIMISER, "G beta2", "Adam beta2 of G (0.999).", ExperimentConfig::genBeta2, 0, 1, true);
        decimal("discLearningRate", OPTIMISER, "D learning rate", "Adam learning rate of D (0.0002). Much larger "
                + "than G's makes D learn too fast.", ExperimentConfig::discLearningRate, 1e-7, 1, false);
        decimal("discBeta1", OPTIMISER, "D beta1", "Adam beta1 of D (0.5).", ExperimentConfig::discBeta1, 0, 1, true);
        decimal("discBeta2", OPTIMISER, "D beta2", "Adam beta2 of D (0.999).", ExperimentConfig::discBeta2, 0, 1, true);

        integer("batchSize", TRAINING, "Batch size", "Images in G's step (128); each D update sees half of it.",
                ExperimentConfig::batchSize, 2, 4096);
        integer("epochs", TRAINING, "Epochs", "Number of epochs; a sample grid is recorded after each (10).",
                ExperimentConfig::epochs, 1, MAX_EPOCHS);
        integer("iterationsPerEpoch", TRAINING, "Iterations/epoch", "0 for dataset size / batch size (45 for the "
                + "5,851 eights).", ExperimentConfig::iterationsPerEpoch, 0, 1_000_000);
        integer("discStepsPerGenStep", TRAINING, "D steps / G step", "Discriminator updates before each "
                + "generator update (1). More makes D learn faster than G.", ExperimentConfig::discStepsPerGenStep, 1, 50);
        integer("genStepsPerDiscStep", TRAINING, "G steps / D step", "Generator updates after each round of "
                + "discriminator updates (1). More lets G chase what D cannot yet tell apart, the mode-collapse "
                + "dynamics of Goodfellow's 'Helvetica scenario'.", ExperimentConfig::genStepsPerDiscStep, 1, 50);
        integer("seed", TRAINING, "Seed", "Random seed: the same seed and settings give the same run.",
                c -> c.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        integer("threads", TRAINING, "Threads", "Threads for the numeric work, 0 for all cores.",
                ExperimentConfig::threads, 0, 256);
        bool("freshSamples", TRAINING, "Fresh samples", "Also record a grid from new random latent points each "
                + "epoch, beside the fixed points.", ExperimentConfig::freshSamples);
        integer("checkpointEvery", TRAINING, "Checkpoint every", "Epochs between kept checkpoints, the states a run "
                + "can be continued or branched from (1: every epoch). The newest is always kept. A checkpoint of the "
                + "reference networks takes about 15 MB: raise this for long runs.", ExperimentConfig::checkpointEvery,
                1, 10_000);
        integer("qualitySamples", TRAINING, "Quality samples", "Fresh samples scored after each epoch with the digit "
                + "classifier (modes, KL, Inception-style score, Frechet distance, precision, recall; written to "
                + "quality.csv). MNIST digits only; 0 turns the measures off.", ExperimentConfig::qualitySamples,
                0, MAX_QUALITY_SAMPLES);

        bool("combinedBatch", IMPAIRMENTS, "Real+fake batch", "Impairment: D is updated once on real and "
                + "fake images stacked in one batch; batch norm then mixes them and D wins at once.",
                ExperimentConfig::combinedBatch);
        bool("saturatingGenLoss", IMPAIRMENTS, "Saturating loss", "Impairment: G minimises log(1 - D(G(z))), whose "
                + "gradient vanishes when D is confident.", ExperimentConfig::saturatingGenLoss);
        bool("genBatchNorm", IMPAIRMENTS, "Batch norm in G", "Batch normalisation in G (on by default). Off is an "
                + "impairment: the DCGAN paper (Radford et al. 2015) found batch norm in G is what keeps it from "
                + "collapsing all its samples onto a few points; without it the digits G draws narrow.",
                ExperimentConfig::genBatchNorm);
        bool("runningAverageSampling", IMPAIRMENTS, "Running averages", "Impairment: G draws D's fake "
                + "images and the grids with batch norm's running averages (as Keras' predict does) instead of batch "
                + "statistics; with a slow decay those images lag far behind what G has learned.",
                ExperimentConfig::runningAverageSampling);
        bool("featureMatching", REMEDIES, "Feature matching", "Remedy (Salimans et al. 2016): G's loss is replaced "
                + "by the squared distance between the mean of D's last hidden features on real images and on G's "
                + "images; G stops chasing D's current verdict.", ExperimentConfig::featureMatching);
        decimal("featureMatchingWeight", REMEDIES, "FM weight", "Scale of the feature-matching loss "
                + "(1.0).", ExperimentConfig::featureMatchingWeight, 0, 1000, false);
        decimal("labelSmoothing", REMEDIES, "Label smoothing", "Remedy (Salimans et al. 2016): train D towards 1 - s "
                + "on real images (one-sided; 0.1 is usual, 0 is off).", ExperimentConfig::labelSmoothing, 0, 0.5, false);
        bool("conditional", REMEDIES, "Class labels", "Remedy (Mirza & Osindero 2014; projection D, "
                + "Miyato & Koyama 2018): G is told which digit to draw and D which digit an image is said to be, so "
                + "every digit gets its own share of G's effort. Grids then show digit k in row k. Needs labelled "
                + "MNIST-format data, not a picture folder.", ExperimentConfig::conditional);
        bool("minibatchStddev", REMEDIES, "Minibatch stddev", "Remedy (Karras et al. 2018): before D's last "
                + "layer, the standard deviation of every feature over the batch, averaged, is appended as one more "
                + "feature map; a batch of near copies gives itself away.", ExperimentConfig::minibatchStddev);
        decimal("instanceNoise", REMEDIES, "Instance noise", "Remedy (Sonderby et al. 2017; Arjovsky & Bottou 2017): "
                + "Gaussian noise of this standard deviation (pixels span -1 to 1) is added to every image D sees, "
                + "real or fake, falling linearly to the floor by the last iteration; it blurs the line D draws. "
                + "0 is off; 0.1 to 0.5 is usual.", ExperimentConfig::instanceNoise, 0, 2, false);
        decimal("instanceNoiseFloor", REMEDIES, "Noise floor", "The instance noise's standard deviation at "
                + "the last iteration (0: it fades out completely). A floor keeps it acting to the end.",
                ExperimentConfig::instanceNoiseFloor, 0, 2, false);
        bool("discBatchNorm", REMEDIES, "Batch norm in D", "Batch normalisation in D (on by default, as in the "
                + "reference). Off drops it from D only: the gradient penalties and spectral normalisation assume "
                + "a D without it.", ExperimentConfig::discBatchNorm);
        bool("spectralNorm", REMEDIES, "Spectral norm", "Remedy (Miyato et al. 2018): each of D's weight "
                + "matrices is divided by its largest singular value (one power iteration per step), so D cannot "
                + "sharpen faster than G can follow.", ExperimentConfig::spectralNorm);
        decimal("r1Gamma", REMEDIES, "R1 penalty", "Remedy (Mescheder et al. 2018): D's loss gains gamma/2 times the "
                + "squared norm of its gradient on real images, which stops D from growing steep walls around the "
                + "real data. 0 is off; 1 to 10 is usual for MNIST.", ExperimentConfig::r1Gamma, 0, 1000, false);
        bool("hingeLoss", REMEDIES, "Hinge loss", "Remedy (Lim & Ye 2017; Miyato et al. 2018): D minimises "
                + "max(0, 1 - D(x)) + max(0, 1 + D(G(z))) and G maximises D(G(z)); D's outputs are then scores, not "
                + "probabilities.", ExperimentConfig::hingeLoss);
        integer("packing", REMEDIES, "Packing", "Remedy (PacGAN, Lin et al. 2018): D judges this many images of "
                + "one kind at once, stacked as channels, so a G that repeats itself is caught (1 is off; 2 is "
                + "PacGAN2).", ExperimentConfig::packing, 1, 4);
        bool("diffAugment", REMEDIES, "DiffAugment", "Remedy (DiffAugment, Zhao et al. 2020): every "
                + "image D sees, real or fake, in D's steps and G's, is shifted by up to 1/8 of its size and has a "
                + "square of half its size cut out; G's gradient passes back through the same shifts. D cannot "
                + "memorise a few real images.", ExperimentConfig::diffAugment);
    }

    private ConfigSchema() {
    }

    /** Every field, in editor order. */
    public static List<Field> fields() {
        return List.copyOf(FIELDS.values());
    }

    public static Optional<Field> field(String key) {
        return Optional.ofNullable(FIELDS.get(key));
    }

    /**
     * Every problem of a configuration, in field order; empty when it can be trained here: its data folders exist and
     * it fits in this machine's memory ({@link ConfigRules#here}, asked once every field is within its range).
     */
    public static List<ConfigProblem> problems(ExperimentConfig config) {
        List<ConfigProblem> problems = recordProblems(config);
        if (problems.isEmpty()) {
            problems.addAll(ConfigRules.here(config));
        }
        return problems;
    }

    /**
     * The problems of a configuration as a file records it (a run's config.json, a preset): every field's range and
     * kind and the rules that tie fields together, but not whether its data folders exist on this machine (a run made
     * elsewhere still opens).
     */
    public static List<ConfigProblem> recordProblems(ExperimentConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Field f : FIELDS.values()) {
            f.check(f.valueIn(config)).ifPresent(m -> problems.add(new ConfigProblem(f.key(), m)));
        }
        problems.addAll(ConfigRules.combinations(config));
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

    // ---- rules -------------------------------------------------------------------------------------------------

    private static void put(Field f) {
        FIELDS.put(f.key(), f);
    }

    private static void integer(String key, String group, String label, String help,
                                Function<ExperimentConfig, Object> getter, long min, long max) {
        put(new Field(key, group, label, help, Kind.INT, getter, v -> {
            long n = ((Number) v).longValue();
            if (n < min || n > max) {
                return Optional.of(n + " is out of range; allowed: a whole number from " + min + " to " + max);
            }
            return Optional.empty();
        }));
    }

    private static void decimal(String key, String group, String label, String help,
                                Function<ExperimentConfig, Object> getter, double min, double max, boolean maxExclusive) {
        put(new Field(key, group, label, help, Kind.DECIMAL, getter, v -> {
            double d = ((Number) v).doubleValue();
            boolean ok = Double.isFinite(d) && d >= min && (maxExclusive ? d < max : d <= max);
            if (!ok) {
                return Optional.of(d + " is out of range; allowed: a number from " + min + " to " + max
                        + (maxExclusive ? " (exclusive)" : ""));
            }
            return Optional.empty();
        }));
    }

    private static void bool(String key, String group, String label, String help,
                             Function<ExperimentConfig, Object> getter) {
        put(new Field(key, group, label, help, Kind.BOOLEAN, getter, v -> Optional.empty()));
    }

    private static void choice(String key, String group, String label, String help,
                               Function<ExperimentConfig, Object> getter) {
        put(new Field(key, group, label, help, Kind.CHOICE, getter,
                v -> v == null ? Optional.of("must be one of NORMAL, XAVIER") : Optional.empty()));
    }

    private static void text(String key, String group, String label, String help,
                             Function<ExperimentConfig, Object> getter, Function<Object, Optional<String>> rule) {
        put(new Field(key, group, label, help, Kind.TEXT, getter, rule));
    }
}
