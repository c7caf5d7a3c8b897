package org.ganlab.train;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.ganlab.backend.Workspaces;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.MemoryNeed;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.SampleGrid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A walk along one latent dimension: the generator saved after an epoch draws images from the run's first fixed
 * latent point with that one coordinate swept from -range to +range, showing what the dimension encodes. A
 * conditional generator walks within one digit, which shows the style a dimension encodes apart from the class.
 *
 * <p>Drawing with batch statistics depends on the batch, so the walk is drawn together with the run's 100 fixed
 * points (the batch the grids come from) and only the walk's images are kept.
 */
public final class LatentWalk {
    private static final String SAMPLES_WORKSPACE = "gan-lab-samples";
    private LatentWalk() {
    }

    /** Fills a freshly built generator with the parameters saved after an epoch. */
    @FunctionalInterface
    public interface Source {
        void load(Generator g) throws IOException;
    }

    public static SampleGrid walk(ExperimentConfig config, Source saved, int dimension, int steps, double range,
                                  int imageSize, int channels) throws IOException {
        return walk(config, saved, dimension, steps, range, imageSize, channels, 0);
    }

    /**
     * The walk of a conditional generator asked for one digit all the way (the run's fixed points are drawn beside
     * it with their own digits, row k digit k, as in the grids); {@code digit} is ignored for an unconditional G.
     */
    public static SampleGrid walk(ExperimentConfig config, Source saved, int dimension, int steps, double range,
                                  int imageSize, int channels, int digit) throws IOException {
        return new Walker(config, saved, imageSize, channels).walk(dimension, steps, range, digit);
    }

    /**
     * G loaded once for many walks (the lab's walk window: a walk per dimension or digit the student picks, each then
     * costing one forward pass instead of building and loading G again). Use on one thread.
     */
    public static final class Walker {
        private final ExperimentConfig config;
        private final int imageSize;
        private final int channels;
        private final Generator g;

        public Walker(ExperimentConfig config, Source saved, int imageSize, int channels) throws IOException {
            this.config = config;
            this.imageSize = imageSize;
            this.channels = channels;
            g = generator(config, saved, imageSize, channels);
        }

        /** The walk along {@code dimension} (see {@link LatentWalk#walk}). */
        public SampleGrid walk(int dimension, int steps, double range, int digit) {
            return LatentWalk.walk(config, g, dimension, steps, range, imageSize, channels, digit);
        }
    }

    private static SampleGrid walk(ExperimentConfig config, Generator g, int dimension, int steps, double range,
                                   int imageSize, int channels, int digit) {
        if (digit < 0 || digit >= NetworkSpec.DIGIT_CLASSES) {
            throw new IllegalArgumentException("digit " + digit + " does not exist; allowed: 0 to 9");
        }
        if (dimension < 0 || dimension >= config.latentSize()) {
            throw new IllegalArgumentException("dimension " + dimension + " does not exist; allowed: 0 to "
                    + (config.latentSize() - 1));
        }
        // in one reused workspace, as the samples are: fresh off-heap arrays cost more here than the arithmetic
        try (var ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Workspaces.REUSED, SAMPLES_WORKSPACE)) {
            INDArray fixed = Trainer.fixedLatentPoints(config.seed(), config.latentSize());
            INDArray walk = fixed.getRow(0).dup().reshape(1, config.latentSize()).repeat(0, steps);
            for (int i = 0; i < steps; i++) {
                double value = steps == 1 ? 0 : -range + 2 * range * i / (steps - 1);
                walk.putScalar(i, dimension, value);
            }
            int[] classes = Arrays.copyOf(Generator.evenClasses((int) fixed.size(0), NetworkSpec.DIGIT_CLASSES),
                    (int) fixed.size(0) + steps);
            Arrays.fill(classes, (int) fixed.size(0), classes.length, digit);
            INDArray images = g.forward(Nd4j.concat(0, fixed, walk), classes, Trainer.samplingMode(config));
            INDArray kept = images.get(NDArrayIndex.interval(fixed.size(0), fixed.size(0) + steps)).dup('c');
            return new SampleGrid(steps, imageSize, channels, kept.reshape(kept.length()).toFloatVector());
        }
    }

    /**
     * {@code n} fresh samples of G after an epoch, from latent points drawn with {@code seed} (a Java generator, so the
     * same seed gives the same points), in batches of {@value SampleGrid#GRID_IMAGES} as the grids are drawn.
     */
    public static float[] samples(ExperimentConfig config, Source saved, int n, long seed, int imageSize, int channels)
            throws IOException {
        return samples(config, generator(config, saved, imageSize, channels), n, seed);
    }

    /**
     * G of a configuration, loaded from {@code saved}; refused before it is built when it would not fit in memory (a
     * run's configuration can come from anywhere).
     */
    private static Generator generator(ExperimentConfig config, Source saved, int imageSize, int channels)
            throws IOException {
        var tooLarge = MemoryNeed.samplingProblem(config);
        if (tooLarge.isPresent()) {
            throw new IOException("G of this run cannot be built: " + tooLarge.get());
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Generator g = new Generator(NetworkSpec.generator(config, imageSize, channels));
            saved.load(g);
            return g;
        }
    }

    /**
     * The same samples from a generator at hand (the trainer's own at the end of an epoch: it draws with batch
     * statistics and changes nothing, so the figures equal those of the generator read back from the checkpoint).
     */
    public static float[] samples(ExperimentConfig config, Generator g, int n, long seed) {
        int imageSize = g.imageSize();
        int channels = g.channels();
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Random random = new Random(seed);
            int size = imageSize * imageSize * channels;
            float[] out = new float[n * size];
            for (int from = 0; from < n; from += SampleGrid.GRID_IMAGES) {
                int m = Math.min(SampleGrid.GRID_IMAGES, n - from);
                float[] z = new float[m * config.latentSize()];
                for (int i = 0; i < z.length; i++) {
                    z[i] = (float) random.nextGaussian();
                }
                // each batch in one reused workspace: fresh off-heap arrays per batch cost more than the arithmetic
                try (var ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(Workspaces.REUSED, SAMPLES_WORKSPACE)) {
                    INDArray images = g.forward(Nd4j.createFromArray(z).reshape(m, config.latentSize()),
                            Trainer.samplingMode(config));
                    System.arraycopy(images.dup('c').reshape(images.length()).toFloatVector(), 0, out, from * size,
                            m * size);
                }
            }
            return out;
        }
    }
}
