package org.ganlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.ImageDataset;
import org.ganlab.backend.Backend;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkSpec;
import org.ganlab.model.Mode;
import org.ganlab.records.NamedArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.SampleGrid;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.TrainingListener;
import org.ganlab.records.TrainingControl;

/**
 * The training loop of the reference experiment. Each iteration:
 * <ol>
 *   <li>D is updated on a half batch of real images drawn at random, label 1 (or 1 - smoothing);</li>
 *   <li>D is updated on a half batch of images G draws, label 0. G draws with batch statistics, as in the
 *       G step, so that D judges the same kind of image G is trained on; the runningAverageSampling impairment
 *       draws them with batch norm's running averages instead, as Keras' predict does;</li>
 *       with the combined-batch impairment, steps 1 and 2 are one update on both halves stacked;</li>
 *   <li>steps 1-2 repeat for the configured D steps per G step;</li>
 *   <li>G is updated through D on a full batch of fresh latent points labelled real; D's weights and running
 *       averages do not change in this step.</li>
 * </ol>
 * A conditional run draws each fake's digit uniformly from the data's digits and gives D the real images' own labels;
 * with instance noise, every image D sees (in D's steps and in G's) gets Gaussian noise whose standard deviation falls
 * linearly to 0 over the run.
 * Every array an iteration creates lives in one ND4J workspace that is reused from iteration to iteration: fresh
 * off-heap allocations cost more here than the arithmetic.
 */
public final class Trainer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Trainer.class);
    static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .overallocationLimit(0.2)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();
    private static final String WORKSPACE_ID = "gan-lab-iteration";

    private final ExperimentConfig config;
    private final ImageDataset data;
    private final Generator generator;
    private final Discriminator discriminator;
    /** Picks the real images of each half batch. */
    private Random sampling;
    /** This trainer's own ND4J generator, for latent points: other trainers in the same JVM do not disturb it. */
    private final org.nd4j.linalg.api.rng.Random random;
    private final INDArray fixedLatent;
    /** Where training starts: 0 for a new run, else the checkpoint's epoch, iteration and seconds. */
    private int resumeEpoch;
    private int resumeIteration;
    private double resumeSeconds;
    private final int threads;
    private final boolean keepGenerator;
    /** The classes a conditional run asks G for (those in the data), or null for an unconditional run. */
    private final int[] classes;
    /** Iterations of the whole run, over which the instance noise falls to 0. */
    private final int totalIterations;

    /** Builds both models from the configuration; the same seed gives the same starting weights. */
    public Trainer(ExperimentConfig config, ImageDataset data, boolean keepGenerator) {
        this.config = ConfigSchema.validate(config);
        this.data = data;
        this.keepGenerator = keepGenerator;
        if (data.height() != data.width()) {
            throw new IllegalArgumentException("images must be square, not " + data.height() + "x" + data.width());
        }
        this.threads = Backend.useThreads(config.threads());
        this.sampling = new Random(config.seed());
        this.generator = new Generator(NetworkSpec.generator(config, data.height(), data.channels()));
        this.discriminator = new Discriminator(NetworkSpec.discriminator(config, data.height(), data.channels()));
        // DL4J's initialisers draw from ND4J's global generator: seed it, initialise, and carry its state over to this
        // trainer's own generator, so the latent points continue the same stream as if drawn from the global one
        synchronized (Trainer.class) {
            Nd4j.getRandom().setSeed(config.seed());
            generator.initialise(config.weightInit(), config.initStd());
            discriminator.initialise(config.weightInit(), config.initStd());
            this.random = Nd4j.getRandomFactory().getNewRandomInstance(config.seed());
            this.random.setStates(Nd4j.getRandom().rootState(), Nd4j.getRandom().nodeState());
        }
        this.fixedLatent = fixedLatentPoints(config.seed(), config.latentSize());
        this.classes = config.conditional() ? conditionalClasses(data) : null;
        this.totalIterations = config.epochs() * config.iterationsPerEpoch(data.size());
    }

    /** The classes of labelled data, all of them digits 0-9; an explanation otherwise. */
    private static int[] conditionalClasses(ImageDataset data) {
        if (!data.labelled()) {
            throw new IllegalArgumentException("conditional: " + data.description() + " has no class labels; allowed: "
                    + "MNIST-format data with a labels file");
        }
        int[] present = data.classes();
        if (present[present.length - 1] >= NetworkSpec.DIGIT_CLASSES) {
            throw new IllegalArgumentException("conditional: the labels of " + data.description() + " go up to "
                    + present[present.length - 1] + "; allowed: classes 0-9");
        }
        return present;
    }

    public Trainer(ExperimentConfig config, ImageDataset data) {
        this(config, data, false);
    }

    public Generator generator() {
        return generator;
    }

    public Discriminator discriminator() {
        return discriminator;
    }

    public RunPlan plan() {
        return new RunPlan(config, data.toString(), data.size(), config.iterationsPerEpoch(data.size()),
                Backend.describe(), threads, generator.describe(), discriminator.describe());
    }

    /** The run's fixed latent points (one per grid image): they depend only on the seed and the latent size. */
    public static INDArray fixedLatentPoints(long seed, int latentSize) {
        return gaussian(new Random(seed ^ 0x5DEECE66DL), SampleGrid.GRID_IMAGES, latentSize);
    }

    /** How G draws every image that is not for its own update (batch statistics unless the impairment says). */
    public static Mode samplingMode(ExperimentConfig config) {
        return config.runningAverageSampling() ? Mode.INFER : Mode.TRAIN_FROZEN;
    }

    /** Latent points drawn from a Java generator, so that they do not depend on anything ND4J drew before. */
    private static INDArray gaussian(Random random, int rows, int cols) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createFromArray(v).reshape(rows, cols);
        }
    }

    /** Runs every epoch, or until stopped or diverged; returns how it ended. Listeners see everything as it comes. */
    public RunStatus train(TrainingListener listener, TrainingControl control) {
        RunPlan plan = plan();
        listener.started(plan);
        int perEpoch = plan.iterationsPerEpoch();
        long start = System.nanoTime() - Math.round(resumeSeconds * 1e9);
        int iteration = resumeIteration;
        RunStatus status = RunStatus.COMPLETED;
        String message = "completed " + config.epochs() + " epochs";
        try {
            epochs:
            for (int epoch = resumeEpoch + 1; epoch <= config.epochs(); epoch++) {
                long training = 0;
                long listening = 0;
                for (int i = 0; i < perEpoch; i++) {
                    if (!control.proceed(org.ganlab.backend.NativeOwner::safePoint)) {
                        status = RunStatus.STOPPED;
                        message = "stopped by the user during epoch " + epoch + "; " + (epoch - 1) + " epochs complete";
                        break epochs;
                    }
                    iteration++;
                    long t0 = System.nanoTime();
                    IterationMetrics m = iterate(iteration, epoch, start);
                    long t1 = System.nanoTime();
                    listener.iteration(m);
                    training += t1 - t0;
                    listening += System.nanoTime() - t1;
                    if (!m.finite()) {
                        status = RunStatus.DIVERGED;
                        message = "a loss became " + (Double.isNaN(m.gLoss() + m.dLossReal() + m.dLossFake())
                                ? "NaN" : "infinite") + " at iteration " + iteration + " (epoch " + epoch + ")";
                        break epochs;
                    }
                }
                long t2 = System.nanoTime();
                listener.epoch(snapshot(epoch, iteration, (System.nanoTime() - start) / 1e9));
                if (LOG.isDebugEnabled()) { // where an epoch's time goes (GANLAB_LOG=DEBUG): the lab against bench
                    LOG.debug(String.format(java.util.Locale.ROOT, "epoch %d: %d iterations, %.0f ms each in training"
                            + " and %.1f ms in the listeners; end of epoch %.2f s", epoch, perEpoch,
                            training / 1e6 / perEpoch, listening / 1e6 / perEpoch, (System.nanoTime() - t2) / 1e9));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = RunStatus.STOPPED;
            message = "interrupted";
        } catch (RuntimeException | Error e) {
            listener.finished(RunStatus.FAILED, "training failed: " + e);
            throw e;
        }
        listener.finished(status, message);
        return status;
    }

    /**
     * Times whole iterations (both D updates and the G update) after {@code warmup} untimed ones; returns the
     * milliseconds of each timed iteration, including the safe point after it (where, on a native owner, a request
     * such as a latent walk may run, as it does in training).
     */
    public double[] benchmark(int warmup, int iterations) {
        long start = System.nanoTime();
        for (int i = 1; i <= warmup; i++) {
            iterate(i, 1, start);
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            iterate(warmup + i + 1, 1, start);
            org.ganlab.backend.NativeOwner.safePoint();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    /** One iteration as described on the class, its arrays in the reused workspace. */
    IterationMetrics iterate(int iteration, int epoch, long startNanos) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, WORKSPACE_ID)) {
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
        return samplingMode(config);
    }

    private INDArray latent(int n) {
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

    private void conditionDiscriminator(int[] labels) {
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

    /** The end-of-epoch images from the fixed latent points (and fresh ones when configured), and the checkpoint. */
    EpochSnapshot snapshot(int epoch, int iteration, double seconds) {
        SampleGrid fixed = draw(fixedLatent);
        SampleGrid fresh = config.freshSamples() ? draw(latent(SampleGrid.GRID_IMAGES)) : null;
        return new EpochSnapshot(epoch, iteration, fixed, fresh, keepGenerator ? generatorBytes() : null,
                heldOutCheck(), checkpoint(epoch, iteration, seconds));
    }

    /** The complete training state now, as after the given epoch. */
    public Checkpoint checkpoint(int epoch, int iteration, double seconds) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            List<NamedArray> arrays = new ArrayList<>(generator.trainingState());
            arrays.addAll(discriminator.trainingState());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(sampling);
            }
            return new Checkpoint(epoch, iteration, seconds, generator.updates(), discriminator.updates(),
                    new long[] {random.rootState(), random.nodeState()}, bytes.toByteArray(), arrays);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes this trainer go on from a checkpoint: {@link #train} then starts with the epoch after it. The settings
     * may differ from the checkpoint's run (a branch) as long as every array keeps its shape.
     *
     * @throws IllegalArgumentException when an array's shape differs (the settings change the architecture), or
     *                                  when the configuration ends at or before the checkpoint's epoch
     */
    public void restore(Checkpoint c) {
        if (c.epoch() >= config.epochs()) {
            throw new IllegalArgumentException("the run would end at epoch " + config.epochs()
                    + ", not after the checkpoint's epoch " + c.epoch());
        }
        Map<String, NamedArray> saved = c.byName();
        Random restoredSampling;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(c.sampling()))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.util.Random;!*"));
            restoredSampling = (Random) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("the state of the image sampler is unreadable (" + e + ")");
        }
        generator.restoreTrainingState(saved, c.generatorUpdates());
        discriminator.restoreTrainingState(saved, c.discriminatorUpdates());
        random.setStates(c.randomStates()[0], c.randomStates()[1]);
        sampling = restoredSampling;
        resumeEpoch = c.epoch();
        resumeIteration = c.iteration();
        resumeSeconds = c.seconds();
    }

    /**
     * D's accuracy on up to 100 of its training images against the unseen images of the data, or null when there are
     * none. D judges each set as one batch with batch statistics, as in its own real update, and changes nothing.
     */
    HeldOutCheck heldOutCheck() {
        ImageDataset unseen = data.unseen();
        if (unseen == null) {
            return null;
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new HeldOutCheck(realAccuracy(data, Math.min(SampleGrid.GRID_IMAGES, data.size())),
                    realAccuracy(unseen, unseen.size()));
        }
    }

    private double realAccuracy(ImageDataset images, int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        conditionDiscriminator(classes == null ? null : images.labels(index));
        float[] logits = discriminator.forward(images.images(index), Mode.TRAIN_FROZEN).toFloatVector();
        int right = 0;
        for (float logit : logits) {
            right += logit > 0 ? 1 : 0;
        }
        return right / (double) n;
    }

    /** Images G draws from the given latent points, the way it draws D's fakes. */
    public SampleGrid draw(INDArray latentPoints) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            INDArray images = generator.forward(latentPoints, samplingMode());
            return new SampleGrid((int) images.size(0), generator.imageSize(), generator.channels(),
                    images.dup('c').reshape(images.length()).toFloatVector());
        }
    }

    private byte[] generatorBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                generator.write(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
