package org.ganlab.train;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * java.util.Random's generator (the 48-bit linear congruential one, and its polar Gaussian with the spare value it
 * keeps), with its state readable and settable, so that a checkpoint stores 18 bytes of state instead of a serialised
 * object. It draws exactly what java.util.Random draws from the same seed, so runs are the same as before it.
 */
final class Lcg48 extends Random {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    /** The first byte of a state written by {@link #state()}; a serialised Java object starts with 0xAC instead. */
    private static final byte FORMAT = 'L';
    private static final int STATE_BYTES = 1 + 8 + 8 + 1;

    // no initialisers: Random's constructor sets them through setSeed, before a subclass's initialisers would run
    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    Lcg48(long seed) {
        super(seed);
    }

    @Override
    public synchronized void setSeed(long value) {
        seed = (value ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    @Override
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    @Override
    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    /** The whole state: a format byte, the 48-bit seed, the spare Gaussian and whether there is one. */
    synchronized byte[] state() {
        return ByteBuffer.allocate(STATE_BYTES).put(FORMAT).putLong(seed).putDouble(nextNextGaussian)
                .put((byte) (haveNextNextGaussian ? 1 : 0)).array();
    }

    /** Takes {@code other}'s whole state, so this generator draws what it would draw next. */
    synchronized void load(Lcg48 other) {
        synchronized (other) {
            seed = other.seed;
            nextNextGaussian = other.nextNextGaussian;
            haveNextNextGaussian = other.haveNextNextGaussian;
        }
    }

    /**
     * A generator that goes on from {@code state}: one written by {@link #state()}, or a java.util.Random serialised
     * by checkpoints written before this class (its three fields are the last 17 bytes before the end of its block
     * data: haveNextNextGaussian, nextNextGaussian, seed; nothing is deserialised).
     *
     * @throws IllegalArgumentException when the bytes are neither
     */
    static Lcg48 restore(byte[] state) {
        Lcg48 r = new Lcg48(0);
        ByteBuffer in = ByteBuffer.wrap(state);
        if (state.length == STATE_BYTES && state[0] == FORMAT) {
            in.get();
            r.seed = in.getLong() & MASK;
            r.nextNextGaussian = in.getDouble();
            r.haveNextNextGaussian = in.get() != 0;
            return r;
        }
        boolean serialisedRandom = state.length > 40 && (state[0] & 0xFF) == 0xAC && (state[1] & 0xFF) == 0xED
                && new String(state, StandardCharsets.ISO_8859_1).contains("java.util.Random")
                && state[state.length - 1] == 0x78; // TC_ENDBLOCKDATA after the fields
        if (!serialisedRandom) {
            throw new IllegalArgumentException("the state of the image sampler is unreadable (" + state.length
                    + " bytes, neither this version's nor a serialised java.util.Random)");
        }
        in.position(state.length - 18);
        r.haveNextNextGaussian = in.get() != 0;
        r.nextNextGaussian = in.getDouble();
        r.seed = in.getLong() & MASK;
        return r;
    }
}
