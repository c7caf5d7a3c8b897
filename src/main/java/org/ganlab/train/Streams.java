package org.ganlab.train;

import java.util.Arrays;

/**
 * The run's Java random streams, one per purpose, so that a remedy's own draws never shift another's: which real
 * images make each half batch (and a conditional run's digits), the instance noise, the augmentations, and the extra
 * real images feature matching compares with. The latent points come from the trainer's ND4J generator. With the same
 * seed, a run with instance noise sees the same real batches as one without.
 */
final class Streams {
    private static final int STATE_BYTES = 18;
    private static final long NOISE = 0x6E6F697365L;
    private static final long AUGMENT = 0x6175676DL;
    private static final long FEATURES = 0x66656174L;

    /** Picks the real images of each half batch (and a conditional run's digits). */
    final Lcg48 data;
    /** The instance noise's Gaussian values. */
    final Lcg48 noise;
    /** The shifts and cut-out squares of differentiable augmentation. */
    final Lcg48 augment;
    /** The real images of feature matching's G step. */
    final Lcg48 features;

    private Streams(Lcg48 data, Lcg48 noise, Lcg48 augment, Lcg48 features) {
        this.data = data;
        this.noise = noise;
        this.augment = augment;
        this.features = features;
    }

    /** The streams of a new run: the data stream seeded as before these streams existed, the others from the seed. */
    static Streams seeded(long seed) {
        return new Streams(new Lcg48(seed), new Lcg48(seed ^ NOISE), new Lcg48(seed ^ AUGMENT),
                new Lcg48(seed ^ FEATURES));
    }

    /** Every stream's state, the data stream's first (so older readers find what they expect at the start). */
    byte[] state() {
        byte[] all = new byte[4 * STATE_BYTES];
        Lcg48[] streams = {data, noise, augment, features};
        for (int i = 0; i < streams.length; i++) {
            System.arraycopy(streams[i].state(), 0, all, i * STATE_BYTES, STATE_BYTES);
        }
        return all;
    }

    /**
     * The streams that go on from {@code state}. A checkpoint from before these streams holds the data stream alone
     * (or a serialised java.util.Random): the others then start afresh from the seed.
     *
     * @throws IllegalArgumentException when the bytes are unreadable
     */
    static Streams restore(byte[] state, long seed) {
        if (state.length != 4 * STATE_BYTES) {
            Streams fresh = seeded(seed);
            return new Streams(Lcg48.restore(state), fresh.noise, fresh.augment, fresh.features);
        }
        Lcg48[] streams = new Lcg48[4];
        for (int i = 0; i < 4; i++) {
            streams[i] = Lcg48.restore(Arrays.copyOfRange(state, i * STATE_BYTES, (i + 1) * STATE_BYTES));
        }
        return new Streams(streams[0], streams[1], streams[2], streams[3]);
    }
}
