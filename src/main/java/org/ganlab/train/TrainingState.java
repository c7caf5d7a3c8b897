package org.ganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.NamedArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A run's complete training state as a {@link Checkpoint}: both models' parameters, Adam states and batch-norm
 * averages, the random streams (the Java streams' 18 bytes each, ND4J's two longs) and the counters; and back.
 */
final class TrainingState {
    private TrainingState() {
    }

    /** The state now, as after the given epoch. */
    static Checkpoint capture(Generator generator, Discriminator discriminator, GanStep step, int epoch, int iteration,
                              double seconds) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            List<NamedArray> arrays = new ArrayList<>(generator.trainingState());
            arrays.addAll(discriminator.trainingState());
            return new Checkpoint(epoch, iteration, seconds, generator.updates(), discriminator.updates(),
                    new long[] {step.random.rootState(), step.random.nodeState()}, step.streams.state(), arrays);
        }
    }

    /**
     * Puts the checkpoint's state into the models and the latent generator, and returns the Java random streams that go
     * on from it.
     *
     * @throws IllegalArgumentException when an array's shape differs (the settings change the architecture) or the
     *                                  sampler's state is unreadable
     */
    static Streams restore(Checkpoint c, Generator generator, Discriminator discriminator,
                           Random latent, long seed) {
        Streams streams = Streams.restore(c.sampling(), seed);
        Map<String, NamedArray> saved = c.byName();
        generator.restoreTrainingState(saved, c.generatorUpdates());
        discriminator.restoreTrainingState(saved, c.discriminatorUpdates());
        latent.setStates(c.randomStates()[0], c.randomStates()[1]);
        return streams;
    }
}
