package org.ganlab.train;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.ganlab.backend.Backend;
import org.ganlab.backend.NativeOwner;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.ImageDataset;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkFile;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.GridScores;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.Player;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>This class is the loop (epochs, iterations, stop and pause at safe points, the end of each epoch); its parts are
 * {@link Seeding} (models and random streams from the seed), {@link GanStep} (one iteration), {@link TrainingState}
 * (checkpoint capture and restore), {@link DiscriminatorProbe} (D on unseen images and on the grid) and the drawing of sample grids.
 */
public final class Trainer implements GanModule {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final ExperimentConfig config;
    private final ImageDataset data;
    private final Generator generator;
    private final Discriminator discriminator;
    final GanStep step;
    private final DiscriminatorProbe probe;
    private final INDArray fixedLatent;
    /** Where training starts: 0 for a new run, else the checkpoint's epoch, iteration and seconds. */
    private final int resumeEpoch;
    private final int resumeIteration;
    private final double resumeSeconds;
    private final int threads;
    private final boolean keepGenerator;

    /** Builds both models from the configuration; the same seed gives the same starting weights. */
    public Trainer(ExperimentConfig config, ImageDataset data, boolean keepGenerator) {
        this(config, data, keepGenerator, null);
    }

    public Trainer(ExperimentConfig config, ImageDataset data) {
        this(config, data, false, null);
    }

    /**
     * A trainer that goes on from a checkpoint: {@link #train} starts with the epoch after it. The settings may differ
     * from the checkpoint's run (a branch) as long as every array keeps its shape.
     *
     * @throws IllegalArgumentException when an array's shape differs (the settings change the architecture), or
     *                                  when the configuration ends at or before the checkpoint's epoch
     */
    public static Trainer resume(ExperimentConfig config, ImageDataset data, boolean keepGenerator, Checkpoint c) {
        if (c.epoch() >= config.epochs()) {
            throw new IllegalArgumentException("the run would end at epoch " + config.epochs()
                    + ", not after the checkpoint's epoch " + c.epoch());
        }
        return new Trainer(config, data, keepGenerator, c);
    }

    private Trainer(ExperimentConfig config, ImageDataset data, boolean keepGenerator, Checkpoint from) {
        this.config = ConfigSchema.validate(config);
        this.data = data;
        this.keepGenerator = keepGenerator;
        if (data.height() != data.width()) {
            throw new IllegalArgumentException("images must be square, not " + data.height() + "x" + data.width());
        }
        if ((long) config.epochs() * config.iterationsPerEpoch(data.size()) > ConfigSchema.MAX_ITERATIONS) {
            throw new ConfigException("epochs", config.epochs() + " epochs of " + config.iterationsPerEpoch(data.size())
                    + " iterations (the data's size over the batch) are more than the " + ConfigSchema.MAX_ITERATIONS
                    + " iterations a run may train; allowed: fewer epochs, or iterationsPerEpoch set lower");
        }
        this.threads = Backend.useThreads(config.threads());
        Seeding.Models models = Seeding.models(config, data.height(), data.channels());
        this.generator = models.generator();
        this.discriminator = models.discriminator();
        Streams streams = from == null ? Streams.seeded(config.seed())
                : TrainingState.restore(from, generator, discriminator, models.latent(), config.seed());
        this.fixedLatent = Seeding.fixedLatentPoints(config.seed(), config.latentSize());
        int[] classes = config.conditional() ? conditionalClasses(data) : null;
        this.step = new GanStep(config, data, generator, discriminator, streams, models.latent(), classes,
                config.epochs() * config.iterationsPerEpoch(data.size()));
        this.probe = new DiscriminatorProbe(data, discriminator, classes, Math.max(1, config.packing()));
        this.resumeEpoch = from == null ? 0 : from.epoch();
        this.resumeIteration = from == null ? 0 : from.iteration();
        this.resumeSeconds = from == null ? 0 : from.seconds();
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

    public Generator generator() {
        return generator;
    }

    public Discriminator discriminator() {
        return discriminator;
    }

    @Override
    public RunPlan plan() {
        return RunPlan.images(config, data.toString(), data.size(), config.iterationsPerEpoch(data.size()),
                Backend.describe(), threads, generator.describe(), discriminator.describe())
                .goingOnFrom(resumeEpoch, resumeIteration);
    }

    /** The run's fixed latent points (one per grid image): they depend only on the seed and the latent size. */
    public static INDArray fixedLatentPoints(long seed, int latentSize) {
        return Seeding.fixedLatentPoints(seed, latentSize);
    }

    /** How G draws every image that is not for its own update (batch statistics unless the impairment says). */
    public static Mode samplingMode(ExperimentConfig config) {
        return config.runningAverageSampling() ? Mode.INFER : Mode.TRAIN_FROZEN;
    }

    /** Runs every epoch, or until stopped or diverged; returns how it ended. Listeners see everything as it comes. */
    public RunStatus train(TrainingListener listener, TrainingControl control) {
        return new TrainingLoop(this, listener, resumeEpoch, resumeIteration, resumeSeconds).train(control);
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
            NativeOwner.safePoint();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    /** One iteration (see {@link GanStep}). */
    @Override
    public IterationMetrics iterate(int iteration, int epoch, long startNanos) {
        return step.iterate(iteration, epoch, startNanos);
    }

    @Override
    public EpochSnapshot endOfEpoch(int epoch, int iteration, double seconds) {
        return snapshot(epoch, iteration, seconds);
    }

    /** One update of D on real or fake images (tests). */
    Losses.Bce updateDiscriminator(INDArray images, boolean real) {
        return step.updateDiscriminator(images, real);
    }

    /** One update of G through D (tests). */
    double updateGenerator(double noise) {
        return step.updateGenerator(noise);
    }

    /** The end-of-epoch images from the fixed latent points (and fresh ones when configured), and the checkpoint. */
    EpochSnapshot snapshot(int epoch, int iteration, double seconds) {
        Look look = look();
        SampleGrid fresh = config.freshSamples() ? draw(step.latent(SampleGrid.GRID_IMAGES)) : null;
        return new EpochSnapshot(epoch, iteration, look.grid(), fresh, keepGenerator ? generatorBytes() : null,
                probe.heldOut(), look.scores(), checkpoint(epoch, iteration, seconds));
    }

    /** G's grid from the fixed latent points, and D's scores on it and on the real images shown beside it. */
    private record Look(SampleGrid grid, GridScores scores) {
    }

    private Look look() {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            // a conditional G draws the grid's classes, and D judges each image with the class it was drawn for
            int[] classes = generator.classes() > 0
                    ? Generator.evenClasses((int) fixedLatent.size(0), generator.classes()) : null;
            INDArray images = generator.forward(fixedLatent, classes, samplingMode(config));
            return new Look(grid(images), probe.grid(images, classes));
        }
    }

    /**
     * The iteration's next update alone, measured on the grid's first row and the first real images: D's scores and
     * G's images before it and after (see {@link ImageUpdate}); the update that ends the iteration is {@code whole}'s.
     */
    @Override
    public SingleUpdate update(int iteration, Runnable whole) {
        UpdateOrder order = step.order();
        Player player = order.next();
        int number = order.takenOfNext() + 1;
        Look before = look();
        if (order.left() == 1) {
            whole.run();
        } else {
            step.update(iteration);
        }
        Look after = look();
        SampleGrid real;
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            real = grid(data.images(IntStream.range(0, Math.min(ImageUpdate.SHOWN, data.size())).toArray()));
        }
        int shown = ImageUpdate.SHOWN;
        return new ImageUpdate(player, number, order.of(player), iteration, real, before.grid().first(shown),
                after.grid().first(shown), before.scores().first(shown), after.scores().first(shown));
    }

    /** The complete training state now, as after the given epoch. */
    public Checkpoint checkpoint(int epoch, int iteration, double seconds) {
        return TrainingState.capture(generator, discriminator, step, epoch, iteration, seconds);
    }

    /** Images G draws from the given latent points, the way it draws D's fakes. */
    public SampleGrid draw(INDArray latentPoints) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return grid(generator.forward(latentPoints, samplingMode(config)));
        }
    }

    private SampleGrid grid(INDArray images) {
        return new SampleGrid((int) images.size(0), generator.imageSize(), generator.channels(),
                images.dup('c').reshape(images.length()).toFloatVector());
    }

    private byte[] generatorBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                NetworkFile.write(generator, out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
