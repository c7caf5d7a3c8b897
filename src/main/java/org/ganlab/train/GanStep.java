package org.ganlab.train;

import java.util.Arrays;
import java.util.Map;
import org.ganlab.backend.Workspaces;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.ImageDataset;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.Player;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One iteration of the reference experiment's training (see {@link Trainer}): D's updates on real and fake half
 * batches, then G's update(s) through D, with the impairments and remedies that act inside an iteration (combined
 * batch, conditional labels, instance noise, differentiable augmentation, the R1 penalty, the hinge loss, feature
 * matching, the saturating loss). It draws from the run's {@link Streams} and from ND4J's latent generator.
 */
final class GanStep {
    private static final String WORKSPACE_ID = "gan-lab-iteration";

    private final ExperimentConfig config;
    private final ImageDataset data;
    private final Generator generator;
    private final Discriminator discriminator;
    /** The Java random streams: data order, noise, augmentation, feature matching's real images. */
    final Streams streams;
    /** This trainer's own ND4J generator, for latent points: other trainers in the JVM do not disturb it. */
    final Random random;
    /** The classes a conditional run asks G for (those in the data), or null for an unconditional run. */
    private final int[] classes;
    /** Iterations of the whole run, over which the instance noise falls to its floor. */
    private final int totalIterations;
    /** The iteration under way: its updates' order, D's figures over the steps taken, and G's losses. */
    private final UpdateOrder order;
    private HalfBatches taken = new HalfBatches();
    private double gLosses;

    GanStep(ExperimentConfig config, ImageDataset data, Generator generator, Discriminator discriminator,
            Streams streams, Random random, int[] classes, int totalIterations) {
        this.config = config;
        this.data = data;
        this.generator = generator;
        this.discriminator = discriminator;
        this.streams = streams;
        this.random = random;
        this.classes = classes;
        this.totalIterations = totalIterations;
        this.order = new UpdateOrder(config.discStepsPerGenStep(), Math.max(1, config.genStepsPerDiscStep()));
    }

    /** One iteration as described on the class (what is left of it), its arrays in the reused workspace. */
    IterationMetrics iterate(int iteration, int epoch, long startNanos) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Workspaces.REUSED, WORKSPACE_ID)) {
            while (order.left() > 0) {
                takeNext(iteration);
            }
            int steps = order.of(Player.D);
            HalfBatches d = taken;
            double gLoss = gLosses / order.of(Player.G);
            double gNorm = generator.firstLayerGradientNorm();
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            taken = new HalfBatches();
            gLosses = 0;
            order.clear();
            return new IterationMetrics(iteration, epoch, d.lossReal / steps, d.lossFake / steps, gLoss,
                    d.accReal / steps, d.accFake / steps, d.dReal / steps, d.dFake / steps, gNorm,
                    d.gradientNorms / d.updates, seconds, d.scoreReal / steps, d.scoreFake / steps);
        }
    }

    /**
     * The next update of iteration {@code iteration} alone (one of D's steps, or once they are taken one of G's), the
     * same update {@link #iterate} takes in its turn, so a run stepped update by update is the run trained straight.
     * {@link #iterate} takes what is left of the iteration and counts it.
     */
    void update(int iteration) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager()
                .getAndActivateWorkspace(Workspaces.REUSED, WORKSPACE_ID)) {
            takeNext(iteration);
        }
    }

    /** The order of the iteration under way: which update comes next, and how many are left. */
    UpdateOrder order() {
        return order;
    }

    private void takeNext(int iteration) {
        double noise = config.instanceNoiseAt(iteration, totalIterations);
        if (order.next() == Player.G) {
            gLosses += updateGenerator(noise);
            order.took(Player.G);
            return;
        }
        int half = config.halfBatch();
        HalfBatches d = taken;
        int[] index = data.indexes(streams.data, half);
        INDArray real = seen(data.images(index), noise);
        int[] realClasses = classes == null ? null : data.labels(index);
        int[] fakeClasses = drawClasses(half);
        INDArray fake = seen(generator.forward(latent(half), fakeClasses, samplingMode()), noise);
        if (config.combinedBatch()) {
            INDArray both = Nd4j.concat(0, real, fake);
            conditionDiscriminator(concat(realClasses, fakeClasses));
            float[] logits = discriminator.forward(both, Mode.TRAIN).toFloatVector();
            Losses.Bce r = loss(logits, 0, half, true, 2 * half);
            Losses.Bce f = loss(logits, half, half, false, 2 * half);
            discriminator.backward(Losses.column(Losses.joined(r, f)));
            discriminator.step();
            d.add(r, f, discriminator.firstLayerGradientNorm());
        } else {
            conditionDiscriminator(realClasses);
            Losses.Bce r = updateDiscriminator(real, true);
            double realNorm = discriminator.firstLayerGradientNorm();
            conditionDiscriminator(fakeClasses);
            Losses.Bce f = updateDiscriminator(fake, false);
            d.add(r, f, realNorm, discriminator.firstLayerGradientNorm());
        }
        order.took(Player.D);
    }

    /** Sums of D's figures on real and fake half batches over the D steps of one iteration. */
    private static final class HalfBatches {
        double lossReal, lossFake, accReal, accFake, dReal, dFake, scoreReal, scoreFake, gradientNorms;
        int updates;

        void add(Losses.Bce real, Losses.Bce fake, double... updateNorms) {
            lossReal += real.loss();
            lossFake += fake.loss();
            accReal += real.accuracy();
            accFake += fake.accuracy();
            dReal += real.meanProbability();
            dFake += fake.meanProbability();
            scoreReal += real.meanScore();
            scoreFake += fake.meanScore();
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
        return gaussian(n, config.latentSize(), random);
    }

    /** {@code n} latent points of {@code size} standard normal numbers, drawn with {@code random}. */
    static INDArray gaussian(int n, int size, Random random) {
        INDArray z = Nd4j.createUninitialized(DataType.FLOAT, n, size);
        Nd4j.getExecutioner().exec(new GaussianDistribution(z, 0.0, 1.0), random);
        return z;
    }

    /** Random classes for G to draw, uniform over the data's classes; null for an unconditional run. */
    private int[] drawClasses(int n) {
        if (classes == null) {
            return null;
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = classes[streams.data.nextInt(classes.length)];
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
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * The images as D's update sees them: with instance noise of the given standard deviation added, then augmented
     * when the run uses differentiable augmentation.
     */
    private INDArray seen(INDArray images, double std) {
        INDArray noisy = noisy(images, std);
        return config.diffAugment() ? Augmentation.apply(noisy, augmentation(noisy)) : noisy;
    }

    private Augmentation.Draw augmentation(INDArray images) {
        return Augmentation.draw(streams.augment, (int) images.size(0), (int) images.size(1));
    }

    /** The images with Gaussian noise of the given standard deviation added (instance noise), or as they are. */
    private INDArray noisy(INDArray images, double std) {
        if (std <= 0) {
            return images;
        }
        float[] values = new float[(int) images.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (std * streams.noise.nextGaussian());
        }
        return Nd4j.createFromArray(values).reshape(images.shape()).addi(images);
    }

    /** D's loss on rows [from, from + n) of its outputs: cross-entropy against the (smoothed) label, or the hinge. */
    private Losses.Bce loss(float[] logits, int from, int n, boolean real, int batch) {
        if (config.hingeLoss()) {
            return Losses.hinge(logits, from, n, real, batch);
        }
        return Losses.bce(logits, from, n, real ? (float) config.realLabel() : 0f, batch);
    }

    /** One update of D on real or fake images (as it sees them), with the R1 penalty on real ones when asked. */
    Losses.Bce updateDiscriminator(INDArray images, boolean real) {
        float[] logits = discriminator.forward(images, Mode.TRAIN).toFloatVector();
        Losses.Bce loss = loss(logits, 0, logits.length, real, logits.length);
        boolean penalised = real && config.r1Gamma() > 0;
        // R1's input gradient from this same pass, before the loss's backward pass overwrites D's gradients
        INDArray c = penalised ? R1Penalty.inputGradient(discriminator, logits.length) : null;
        discriminator.backward(Losses.column(loss.gradient()));
        if (penalised) {
            INDArray lossGradient = discriminator.gradients().dup();
            R1Penalty.Result r1 = R1Penalty.of(discriminator, images, c, config.r1Gamma());
            discriminator.gradients().assign(lossGradient.addi(r1.gradient()));
        }
        discriminator.step();
        return loss;
    }

    /**
     * G's update through D: D runs with batch statistics but neither its weights nor its running averages change.
     * D sees G's images with the given instance noise and augmentation; both pass G's gradient back through.
     * With feature matching, G's loss is the feature-matching distance alone (Salimans et al. 2016).
     */
    double updateGenerator(double noise) {
        int n = config.batchSize();
        INDArray realFeatures = null;
        int fl = discriminator.featureLayer();
        if (config.featureMatching()) {
            int[] index = data.indexes(streams.features, config.halfBatch());
            conditionDiscriminator(classes == null ? null : data.labels(index));
            realFeatures = discriminator.forward(seen(data.images(index), noise), Mode.TRAIN_FROZEN, fl + 1);
            realFeatures = realFeatures.reshape(realFeatures.size(0), -1);
        }
        int[] wanted = drawClasses(n);
        conditionDiscriminator(wanted);
        INDArray images = noisy(generator.forward(latent(n), wanted, Mode.TRAIN), noise);
        Augmentation.Draw draw = config.diffAugment() ? augmentation(images) : null;
        INDArray judged = draw == null ? images : Augmentation.apply(images, draw);
        INDArray features = discriminator.forward(judged, Mode.TRAIN_FROZEN, fl + 1);
        INDArray fakeFeatures = features.reshape(features.size(0), -1).dup();
        float[] logits = discriminator.forwardFrom(features, Mode.TRAIN_FROZEN, fl + 1).toFloatVector();
        double loss;
        float[] outputGradient;
        Map<Integer, INDArray> extra = Map.of();
        if (realFeatures != null) {
            Losses.FeatureMatch fm = Losses.featureMatching(realFeatures, fakeFeatures, config.featureMatchingWeight());
            loss = fm.loss();
            outputGradient = new float[logits.length];
            extra = Map.of(fl, fm.gradient());
        } else {
            Losses.Bce g = config.hingeLoss() ? Losses.hingeGenerator(logits)
                    : config.saturatingGenLoss() ? Losses.saturating(logits)
                    : Losses.bce(logits, 0, logits.length, 1f, logits.length);
            loss = g.loss();
            outputGradient = g.gradient();
        }
        INDArray dJudged = discriminator.backward(Losses.column(outputGradient), extra);
        generator.backward(draw == null ? dJudged : Augmentation.backward(dJudged, draw));
        generator.step();
        return loss;
    }
}
