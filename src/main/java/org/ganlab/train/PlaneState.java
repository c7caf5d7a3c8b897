package org.ganlab.train;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.NamedArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A plane GAN's complete training state as a {@link Checkpoint}, and back: both networks' parameters and Adam states,
 * the update counts, the training latent stream's two longs as the checkpoint's random state, and in its sampling
 * bytes every other stream (the three Java streams' 18 bytes each, the other ND4J streams' two longs each), the
 * iterations done and the spread of the last fake half.
 */
final class PlaneState {
    /** The first byte of the sampling bytes: which layout follows. */
    private static final byte FORMAT = 'P';
    private static final int JAVA_STREAM = 18;
    private static final int BYTES = 1 + 3 * JAVA_STREAM + 3 * 16 + 4 + 8;

    private PlaneState() {
    }

    static Checkpoint capture(PlaneGan gan, int checks, double seconds) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            ByteBuffer b = ByteBuffer.allocate(BYTES).put(FORMAT);
            for (Lcg48 stream : new Lcg48[] {gan.data, gan.noise.stream(), gan.unrollData}) {
                b.put(stream.state());
            }
            for (var stream : ndStreams(gan)) {
                b.putLong(stream.rootState()).putLong(stream.nodeState());
            }
            b.putInt(gan.done).putDouble(gan.lastFakeSpread);
            List<NamedArray> arrays = new ArrayList<>(gan.generator.trainingState());
            arrays.addAll(gan.discriminator.trainingState());
            return new Checkpoint(checks, gan.done, seconds, gan.generator.updates(), gan.discriminator.updates(),
                    new long[] {gan.latents.rootState(), gan.latents.nodeState()}, b.array(), arrays);
        }
    }

    static void restore(PlaneGan gan, Checkpoint c) {
        byte[] bytes = c.sampling();
        if (bytes.length != BYTES || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("the checkpoint is not one of the plane playground's (its random "
                    + "streams take " + bytes.length + " bytes, not " + BYTES + ")");
        }
        // everything is read and checked before anything changes
        ByteBuffer b = ByteBuffer.wrap(bytes, 1, BYTES - 1);
        byte[][] java = new byte[3][];
        long[] nd = new long[6];
        int done;
        double spread;
        try {
            for (int i = 0; i < 3; i++) {
                java[i] = new byte[JAVA_STREAM];
                b.get(java[i]);
            }
            for (int i = 0; i < nd.length; i++) {
                nd[i] = b.getLong();
            }
            done = b.getInt();
            spread = b.getDouble();
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the checkpoint's random streams are cut short", e);
        }
        if (done != c.iteration() || done < 0) {
            throw new IllegalArgumentException("the checkpoint says " + c.iteration() + " iterations but its streams "
                    + done);
        }
        Lcg48[] streams = {Lcg48.restore(java[0]), Lcg48.restore(java[1]), Lcg48.restore(java[2])};
        var saved = c.byName();
        gan.generator.restoreTrainingState(saved, c.generatorUpdates());
        gan.discriminator.restoreTrainingState(saved, c.discriminatorUpdates());
        gan.data.load(streams[0]);
        gan.noise.stream().load(streams[1]);
        gan.unrollData.load(streams[2]);
        var nds = ndStreams(gan);
        for (int i = 0; i < nds.size(); i++) {
            nds.get(i).setStates(nd[2 * i], nd[2 * i + 1]);
        }
        gan.latents.setStates(c.randomStates()[0], c.randomStates()[1]);
        gan.done = done;
        gan.lastFakeSpread = spread;
    }

    private static List<Random> ndStreams(PlaneGan gan) {
        return Arrays.asList(gan.unrollLatents, gan.pictures, gan.measures);
    }
}
