package org.ganlab.train;

import java.util.Map;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.ImageDataset;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.IterationMetrics;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One iteration of the reference experiment's training (see {@link Trainer}): D's updates on real and fake half
 * batches, then G's update through D, with the impairments and remedies that act inside an iteration (combined
 * batch, conditional labels, instance noise, feature matching, the saturating loss). It owns the two random streams
 * an iteration draws from: the image sampler (which real images, which digits) and ND4J's latent generator.
 */
final class GanStep {
    private static final String WORKSPACE_ID = "gan-lab-iteration";

    private final ExperimentConfig config;
    private final ImageDataset data;
    private final Generator generator;
    private final Discriminator discriminator;
    /** Picks the real images of each half batch (and a conditional run's digits). */
    final Lcg48 sampling;
    /** This trainer's own ND4J generator, for latent points and noise: other trainers in the JVM do not disturb it. */
    final org.nd4j.linalg.api.rng.Random random;
    /** The classes a conditional run asks G for (those in the data), or null for an unconditional run. */
    private final int[] classes;
    /** Iterations of the whole run, over which the instance noise falls to 0. */
    private final int totalIterations;

    GanStep(ExperimentConfig config, ImageDataset data, Generator generator, Discriminator discriminator,
            Lcg48 sampling, org.nd4j.linalg.api.rng.Random random, int[] classes, int totalIterations) {
        this.config = config;
        this.data = data;
        this.generator = generator;
        this.discriminator = discriminator;
        this.sampling = sampling;
        this.random = random;
        this.classes = classes;
        this.totalIterations = totalIterations;
    }

    /** One iteration as described on the class, its arrays in the reused workspace. */
    IterationMetrics iterate(int iteration, int epoch, long startNanos) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Trainer.WORKSPACE, WORKSPACE_ID)) {
            int half = config.halfBatch();
            HalfBatches d = new HalfBatches();
            int steps = config.discStepsPerGenStep();
            double noise = config.instanceNoiseAt(iteration, totalIterations);
            for (int s = 0; s < steps; s++) {
                int[] index = data.indexes(sampling, half);
                INDArray real = noisy(data.images(index), noise);
                int[] realClasses = classes == null ? null : data.labels(index);
                int[] fakeClasses = drawClasses(half);
                INDArray fake = noisy(generator.forward(latent(half), fakeClasses, samplingMode()), noise);
                if (config.combinedBatch()) {
                    INDArray both = Nd4j.concat(0, real, fake);
                    conditionDiscriminator(concat(realClasses, fakeClasses));
                    float[] logits = discriminator.forward(both, Mode.TRAIN).toFloatVector();
                    Losses.Bce r = Losses.bce(logits, 0, half, (float) config.realLabel(), 2 * half);
                    Losses.Bce f = Losses.bce(logits, half, half, 0f, 2 * half);
                    float[] grad = new float[2 * half];
                    System.arraycopy(r.gradient(), 0, grad, 0, half);
                    System.arraycopy(f.gradient(), 0, grad, half, half);
                    discriminator.backward(column(grad));
                    discriminator.step();
                    d.add(r, f, discriminator.firstLayerGradientNorm());
                } else {
                    conditionDiscriminator(realClasses);
                    Losses.Bce r = updateDiscriminator(real, (float) config.realLabel());
                    double realNorm = discriminator.firstLayerGradientNorm();
                    conditionDiscriminator(fakeClasses);
                    Losses.Bce f = updateDiscriminator(fake, 0f);
                    d.add(r, f, realNorm, discriminator.firstLayerGradientNorm());
                }
            }
            double gLoss = updateGenerator(noise);
            double gNorm = generator.firstLayerGradientNorm();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return new IterationMetrics(iteration, epoch, d.lossReal / steps, d.lossFake / steps, gLoss,
                    d.accReal / steps, d.accFake / steps, d.dReal / steps, d.dFake / steps, gNorm,
                    d.gradientNorms / d.updates, seconds);
        }
    }

    /** Sums of D's figures on real and fake half batches over the D steps of one iteration. */
    private static final class HalfBatches {
        double lossReal, lossFake, accReal, accFake, dReal, dFake, gradientNorms;
        int updates;

        void add(Losses.Bce real, Losses.Bce fake, double... updateNorms) {
            lossReal += real.loss();
            lossFake += fake.loss();
            accReal += real.accuracy();
            accFake += fake.accuracy();
            dReal += real.meanProbability();
            dFake += fake.meanProbability();
            for (double n : updateNorms) {
                gradientNorms += n;
                updates++;
            }
        }
    }

    /** How G draws images that are not for its own update: batch statistics, or running averages when impaired. */
    private Mode samplingMode() {
        return Trainer.samplingMode(config);
    }

    INDArray latent(int n) {
        INDArray z = Nd4j.createUninitialized(DataType.FLOAT, n, config.latentSize());
        Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.random.impl.GaussianDistribution(z, 0.0, 1.0), random);
        return z;
    }

    /** Random classes for G to draw, uniform over the data's classes; null for an unconditional run. */
    private int[] drawClasses(int n) {
        if (classes == null) {
            return null;
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = classes[sampling.nextInt(classes.length)];
        }
        return y;
    }

    void conditionDiscriminator(int[] labels) {
        if (labels != null) {
            discriminator.condition(Generator.oneHot(labels, NetworkSpec.DIGIT_CLASSES));
        }
    }

    private static int[] concat(int[] a, int[] b) {
        if (a == null) {
            return null;
        }
        int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The images with Gaussian noise of the given standard deviation added (instance noise), or as they are. */
    private INDArray noisy(INDArray images, double std) {
        if (std <= 0) {
            return images;
        }
        INDArray noise = Nd4j.createUninitialized(DataType.FLOAT, images.shape());
        Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.random.impl.GaussianDistribution(noise, 0.0, std),
                random);
        return noise.addi(images);
    }

    private static INDArray column(float[] values) {
        return Nd4j.createFromArray(values).reshape(values.length, 1);
    }

    Losses.Bce updateDiscriminator(INDArray images, float label) {
        float[] logits = discriminator.forward(images, Mode.TRAIN).toFloatVector();
        Losses.Bce bce = Losses.bce(logits, 0, logits.length, label, logits.length);
        discriminator.backward(column(bce.gradient()));
        discriminator.step();
        return bce;
    }

    /**
     * G's update through D: D runs with batch statistics but neither its weights nor its running averages change.
     * D sees G's images with the given instance noise; the noise passes G's gradient on unchanged.
     */
    double updateGenerator(double noise) {
        int n = config.batchSize();
        INDArray realFeatures = null;
        if (config.featureMatching()) {
            int[] index = data.indexes(sampling, config.halfBatch());
            conditionDiscriminator(classes == null ? null : data.labels(index));
            realFeatures = discriminator.forward(noisy(data.images(index), noise), Mode.TRAIN_FROZEN,
                    discriminator.featureLayer() + 1);
            realFeatures = realFeatures.reshape(realFeatures.size(0), -1);
        }
        int[] wanted = drawClasses(n);
        conditionDiscriminator(wanted);
        INDArray images = noisy(generator.forward(latent(n), wanted, Mode.TRAIN), noise);
        int fl = discriminator.featureLayer();
        INDArray features = discriminator.forward(images, Mode.TRAIN_FROZEN, fl + 1);
        INDArray fakeFeatures = features.reshape(n, -1).dup();
        float[] logits = discriminator.forwardFrom(features, Mode.TRAIN_FROZEN, fl + 1).toFloatVector();
        Losses.Bce g = config.saturatingGenLoss() ? Losses.saturating(logits) : Losses.bce(logits, 0, n, 1f, n);
        double loss = g.loss();
        Map<Integer, INDArray> extra = Map.of();
        if (realFeatures != null) {
            Losses.FeatureMatch fm = Losses.featureMatching(realFeatures, fakeFeatures, config.featureMatchingWeight());
            loss += fm.loss();
            extra = Map.of(fl, fm.gradient());
        }
        INDArray dImages = discriminator.backward(column(g.gradient()), extra);
        generator.backward(dImages);
        generator.step();
        return loss;
    }
}
