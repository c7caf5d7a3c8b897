package org.ganlab.train;

import java.util.Random;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.SampleGrid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Where a run's randomness starts: the same seed gives the same starting weights, latent stream and grid points. */
final class Seeding {
    /** Both models, initialised, and the ND4J generator that draws the run's latent points from then on. */
    record Models(Generator generator, Discriminator discriminator, org.nd4j.linalg.api.rng.Random latent) { }

    private Seeding() {
    }

    /**
     * Builds both models for images of {@code size} x {@code size} x {@code channels}. DL4J's initialisers draw from
     * ND4J's global generator: it is seeded, both models initialised, and its state carried over to the run's own
     * generator, so the latent points continue the same stream as if drawn from the global one.
     */
    static Models models(ExperimentConfig config, int size, int channels) {
        Generator generator = new Generator(NetworkSpec.generator(config, size, channels));
        Discriminator discriminator = new Discriminator(NetworkSpec.discriminator(config, size, channels));
        synchronized (Trainer.class) {
            Nd4j.getRandom().setSeed(config.seed());
            generator.initialise(config.weightInit(), config.initStd());
            discriminator.initialise(config.weightInit(), config.initStd());
            org.nd4j.linalg.api.rng.Random latent = Nd4j.getRandomFactory().getNewRandomInstance(config.seed());
            latent.setStates(Nd4j.getRandom().rootState(), Nd4j.getRandom().nodeState());
            return new Models(generator, discriminator, latent);
        }
    }

    /** The run's fixed latent points (one per grid image): they depend only on the seed and the latent size. */
    static INDArray fixedLatentPoints(long seed, int latentSize) {
        return gaussian(new Random(seed ^ 0x5DEECE66DL), SampleGrid.GRID_IMAGES, latentSize);
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
}
