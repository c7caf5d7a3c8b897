package org.ganlab.config;

import static org.ganlab.config.ConfigSchema.BOTH;
import static org.ganlab.config.ConfigSchema.DATA;
import static org.ganlab.config.ConfigSchema.DISCRIMINATOR;
import static org.ganlab.config.ConfigSchema.GENERATOR;
import static org.ganlab.config.ConfigSchema.IMPAIRMENTS;
import static org.ganlab.config.ConfigSchema.MAX_EPOCHS;
import static org.ganlab.config.ConfigSchema.MAX_QUALITY_SAMPLES;
import static org.ganlab.config.ConfigSchema.OPTIMISER;
import static org.ganlab.config.ConfigSchema.REMEDIES;
import static org.ganlab.config.ConfigSchema.TRAINING;

import java.util.Arrays;
import java.util.List;

/** The fields of a run on images ({@link ExperimentConfig}), with their help texts and rules: the lab's section. */
final class ImageFields {
    private ImageFields() {
    }

    static SettingsSchema<ExperimentConfig> schema() {
        SettingsSchema<ExperimentConfig> s = new SettingsSchema<>(ExperimentConfig.class, "a run on images");
        s.text("dataDir", DATA, "Data folder",
                "Folder holding MNIST-format IDX files (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz]); "
                        + "empty for the bundled MNIST digits.", ExperimentConfig::dataDir, ConfigRules::path);
        s.text("digits", DATA, "Digits", "Which classes to train on: one digit (8 in the reference), several "
                + "separated by commas, or 'all'.", ExperimentConfig::digits, ConfigRules::digits);
        s.integer("maxImages", DATA, "Image cap", "Use at most this many images, 0 for all. A small cap is the "
                + "'too little data' impairment: D memorises the few real images.", ExperimentConfig::maxImages, 0, 10_000_000);

        s.text("imageFolder", DATA, "Image folder", "A folder of your own JPEG/PNG pictures (subfolders included) to "
                + "train on instead of MNIST; empty for MNIST. Pictures are centre-cropped and resized.",
                ExperimentConfig::imageFolder, ConfigRules::path);
        s.integer("imageSize", DATA, "Image size", "Height and width of the training images from an image folder: "
                + "28, 32 or 64 (MNIST is always 28).", ExperimentConfig::imageSize, 28, 64);
        s.bool("colour", DATA, "Colour", "Train on an image folder in colour (RGB) instead of grey.",
                ExperimentConfig::colour);
        s.choice("architecture", GENERATOR, "Architecture", "REFERENCE: the reference experiment's networks "
                + "for 28x28 digits. DCGAN: Radford et al.'s deeper networks for 32x32 or 64x64 pictures (four stride-2 "
                + "layers per model at 64; G and D filters are then those of G's last and D's first layer).",
                ExperimentConfig::architecture, names(Architecture.values()));
        s.integer("latentSize", GENERATOR, "Latent size", "Length of the random vector G draws images from (100). "
                + "Setting it to 1 is the mode-collapse impairment: G can only make a handful of distinct images.",
                ExperimentConfig::latentSize, 1, 1024);
        s.integer("genFilters", GENERATOR, "G filters", "Channels of G's dense projection and transposed "
                + "convolutions (128). Very few is the 'too little capacity' impairment.", ExperimentConfig::genFilters, 1, 1024);
        s.integer("genKernelSize", GENERATOR, "G kernel", "Kernel size of G's stride-2 transposed convolutions (4). "
                + "Very small or very large kernels are an impairment.", ExperimentConfig::genKernelSize, 1, 14);

        s.integer("discFilters", DISCRIMINATOR, "D filters", "Filters of each of D's two convolutions (64). Very "
                + "few is the 'too little capacity' impairment.", ExperimentConfig::discFilters, 1, 1024);
        s.integer("discKernelSize", DISCRIMINATOR, "D kernel", "Kernel size of D's stride-2 convolutions (4).",
                ExperimentConfig::discKernelSize, 1, 14);

        s.choice("weightInit", BOTH, "Weight init", "NORMAL draws weights from N(0, std); XAVIER (Glorot uniform) "
                + "is the 'bad initialisation' impairment.", ExperimentConfig::weightInit, names(WeightInitScheme.values()));
        s.decimal("initStd", BOTH, "Init std", "Standard deviation of NORMAL initialisation (0.02). 0.2 is the "
                + "'bad initialisation' impairment: D loss near 0 from the start.", ExperimentConfig::initStd, 1e-6, 10, false);
        s.bool("batchNorm", BOTH, "Batch norm", "Batch normalisation after each (transposed) convolution.",
                ExperimentConfig::batchNorm);
        s.decimal("batchNormDecay", BOTH, "BN decay", "Decay of batch norm's running averages (0.99 as in Keras); "
                + "they are used only with 'Sample with running averages'.", ExperimentConfig::batchNormDecay, 0, 1, true);
        s.decimal("leakySlope", BOTH, "LeakyReLU slope", "Slope of LeakyReLU for negative inputs (0.2).",
                ExperimentConfig::leakySlope, 0, 1, true);

        s.decimal("genLearningRate", OPTIMISER, "G learning rate", "Adam learning rate of G (0.0002).",
                ExperimentConfig::genLearningRate, 1e-7, 1, false);
        s.decimal("genBeta1", OPTIMISER, "G beta1", "Adam beta1 of G (0.5; Adam's default 0.9 is part of the "
                + "'aggressive optimiser' impairment).", ExperimentConfig::genBeta1, 0, 1, true);
        s.decimal("genBeta2", OPTIMISER, "G beta2", "Adam beta2 of G (0.999).", ExperimentConfig::genBeta2, 0, 1, true);
        s.decimal("discLearningRate", OPTIMISER, "D learning rate", "Adam learning rate of D (0.0002). Much larger "
                + "than G's makes D learn too fast.", ExperimentConfig::discLearningRate, 1e-7, 1, false);
        s.decimal("discBeta1", OPTIMISER, "D beta1", "Adam beta1 of D (0.5).", ExperimentConfig::discBeta1, 0, 1, true);
        s.decimal("discBeta2", OPTIMISER, "D beta2", "Adam beta2 of D (0.999).", ExperimentConfig::discBeta2, 0, 1, true);

        s.integer("batchSize", TRAINING, "Batch size", "Images in G's step (128); each D update sees half of it.",
                ExperimentConfig::batchSize, 2, 4096);
        s.integer("epochs", TRAINING, "Epochs", "Number of epochs; a sample grid is recorded after each (10).",
                ExperimentConfig::epochs, 1, MAX_EPOCHS);
        s.integer("iterationsPerEpoch", TRAINING, "Iterations/epoch", "0 for dataset size / batch size (45 for the "
                + "5,851 eights).", ExperimentConfig::iterationsPerEpoch, 0, 1_000_000);
        s.integer("discStepsPerGenStep", TRAINING, "D steps / G step", "Discriminator updates before each "
                + "generator update (1). More makes D learn faster than G.", ExperimentConfig::discStepsPerGenStep, 1, 50);
        s.integer("genStepsPerDiscStep", TRAINING, "G steps / D step", "Generator updates after each round of "
                + "discriminator updates (1). More lets G chase what D cannot yet tell apart, the mode-collapse "
                + "dynamics of Goodfellow's 'Helvetica scenario'.", ExperimentConfig::genStepsPerDiscStep, 1, 50);
        s.integer("seed", TRAINING, "Seed", "Random seed: the same seed and settings give the same run.",
                c -> c.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        s.integer("threads", TRAINING, "Threads", "Threads for the numeric work, 0 for all cores.",
                ExperimentConfig::threads, 0, 256);
        s.bool("freshSamples", TRAINING, "Fresh samples", "Also record a grid from new random latent points each "
                + "epoch, beside the fixed points.", ExperimentConfig::freshSamples);
        s.integer("checkpointEvery", TRAINING, "Checkpoint every", "Epochs between kept checkpoints, the states a run "
                + "can be continued or branched from (1: every epoch). The newest is always kept. A checkpoint of the "
                + "reference networks takes about 15 MB: raise this for long runs.", ExperimentConfig::checkpointEvery,
                1, 10_000);
        s.integer("qualitySamples", TRAINING, "Quality samples", "Fresh samples scored after each epoch with the digit "
                + "classifier (modes, KL, Inception-style score, Frechet distance, precision, recall; written to "
                + "quality.csv). MNIST digits only; 0 turns the measures off.", ExperimentConfig::qualitySamples,
                0, MAX_QUALITY_SAMPLES);

        s.bool("combinedBatch", IMPAIRMENTS, "Real+fake batch", "Impairment: D is updated once on real and "
                + "fake images stacked in one batch; batch norm then mixes them and D wins at once.",
                ExperimentConfig::combinedBatch);
        s.bool("saturatingGenLoss", IMPAIRMENTS, "Saturating loss", "Impairment: G minimises log(1 - D(G(z))), whose "
                + "gradient vanishes when D is confident.", ExperimentConfig::saturatingGenLoss);
        s.bool("genBatchNorm", IMPAIRMENTS, "Batch norm in G", "Batch normalisation in G (on by default). Off is an "
                + "impairment: the DCGAN paper (Radford et al. 2015) found batch norm in G is what keeps it from "
                + "collapsing all its samples onto a few points; without it the digits G draws narrow.",
                ExperimentConfig::genBatchNorm);
        s.bool("runningAverageSampling", IMPAIRMENTS, "Running averages", "Impairment: G draws D's fake "
                + "images and the grids with batch norm's running averages (as Keras' predict does) instead of batch "
                + "statistics; with a slow decay those images lag far behind what G has learned.",
                ExperimentConfig::runningAverageSampling);
        s.bool("featureMatching", REMEDIES, "Feature matching", "Remedy (Salimans et al. 2016): G's loss is replaced "
                + "by the squared distance between the mean of D's last hidden features on real images and on G's "
                + "images; G stops chasing D's current verdict.", ExperimentConfig::featureMatching);
        s.decimal("featureMatchingWeight", REMEDIES, "FM weight", "Scale of the feature-matching loss "
                + "(1.0).", ExperimentConfig::featureMatchingWeight, 0, 1000, false);
        s.decimal("labelSmoothing", REMEDIES, "Label smoothing", "Remedy (Salimans et al. 2016): train D towards 1 - s "
                + "on real images (one-sided; 0.1 is usual, 0 is off).", ExperimentConfig::labelSmoothing, 0, 0.5, false);
        s.bool("conditional", REMEDIES, "Class labels", "Remedy (Mirza & Osindero 2014; projection D, "
                + "Miyato & Koyama 2018): G is told which digit to draw and D which digit an image is said to be, so "
                + "every digit gets its own share of G's effort. Grids then show digit k in row k. Needs labelled "
                + "MNIST-format data, not a picture folder.", ExperimentConfig::conditional);
        s.bool("minibatchStddev", REMEDIES, "Minibatch stddev", "Remedy (Karras et al. 2018): before D's last "
                + "layer, the standard deviation of every feature over the batch, averaged, is appended as one more "
                + "feature map; a batch of near copies gives itself away.", ExperimentConfig::minibatchStddev);
        s.decimal("instanceNoise", REMEDIES, "Instance noise", "Remedy (Sonderby et al. 2017; Arjovsky & Bottou 2017): "
                + "Gaussian noise of this standard deviation (pixels span -1 to 1) is added to every image D sees, "
                + "real or fake, falling linearly to the floor by the last iteration; it blurs the line D draws. "
                + "0 is off; 0.1 to 0.5 is usual.", ExperimentConfig::instanceNoise, 0, 2, false);
        s.decimal("instanceNoiseFloor", REMEDIES, "Noise floor", "The instance noise's standard deviation at "
                + "the last iteration (0: it fades out completely). A floor keeps it acting to the end.",
                ExperimentConfig::instanceNoiseFloor, 0, 2, false);
        s.bool("discBatchNorm", REMEDIES, "Batch norm in D", "Batch normalisation in D (on by default, as in the "
                + "reference). Off drops it from D only: the gradient penalties and spectral normalisation assume "
                + "a D without it.", ExperimentConfig::discBatchNorm);
        s.bool("spectralNorm", REMEDIES, "Spectral norm", "Remedy (Miyato et al. 2018): each of D's weight "
                + "matrices is divided by its largest singular value (one power iteration per step), so D cannot "
                + "sharpen faster than G can follow.", ExperimentConfig::spectralNorm);
        s.decimal("r1Gamma", REMEDIES, "R1 penalty", "Remedy (Mescheder et al. 2018): D's loss gains gamma/2 times the "
                + "squared norm of its gradient on real images, which stops D from growing steep walls around the "
                + "real data. 0 is off; 1 to 10 is usual for MNIST.", ExperimentConfig::r1Gamma, 0, 1000, false);
        s.bool("hingeLoss", REMEDIES, "Hinge loss", "Remedy (Lim & Ye 2017; Miyato et al. 2018): D minimises "
                + "max(0, 1 - D(x)) + max(0, 1 + D(G(z))) and G maximises D(G(z)); D's outputs are then scores, not "
                + "probabilities.", ExperimentConfig::hingeLoss);
        s.integer("packing", REMEDIES, "Packing", "Remedy (PacGAN, Lin et al. 2018): D judges this many images of "
                + "one kind at once, stacked as channels, so a G that repeats itself is caught (1 is off; 2 is "
                + "PacGAN2).", ExperimentConfig::packing, 1, 4);
        s.bool("diffAugment", REMEDIES, "DiffAugment", "Remedy (DiffAugment, Zhao et al. 2020): every "
                + "image D sees, real or fake, in D's steps and G's, is shifted by up to 1/8 of its size and has a "
                + "square of half its size cut out; G's gradient passes back through the same shifts. D cannot "
                + "memorise a few real images.", ExperimentConfig::diffAugment);
        return s.combinations(ConfigRules::combinations);
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
