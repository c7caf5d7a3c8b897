package org.ganlab.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneFrame;
import org.ganlab.train.PlaneGan;
import org.ganlab.train.PlaneSettings;

/**
 * A run of the plane playground: trains in slices of time, checks the coverage every {@link #CHECK_EVERY} iterations
 * (the playground's epoch), keeps a picture of every check for scrubbing, and names what it sees. Not thread-safe: one
 * thread (the native owner) drives it, and what it hands out is immutable.
 */
public final class Playground {
    /** Iterations between checks. */
    public static final int CHECK_EVERY = 250;
    /**
     * The longest run: every check keeps its picture for scrubbing, so the budget bounds the memory a run takes (800
     * checks); a few minutes at the playground's speed, 25 times the longest preset.
     */
    public static final int MAX_ITERATIONS = 200_000;
    /** G's points measured at each check. */
    public static final int MEASURED = 1000;
    /** Points shown of each kind, cells per side of D's field, latent points per side of the mesh. */
    public static final int SHOWN = 256;
    public static final int FIELD = 64;
    public static final int MESH = 15;

    private final PlaneGan gan;
    private final int iterations;
    private final float[] real;
    /** Where D is asked for the field: the same cells in every picture. */
    private final float[] cells;
    private final List<PlaneCheck> checks = new ArrayList<>();
    private final List<PlaneFrame> frames = new ArrayList<>();
    private int done;
    private final double[] sums = new double[5];
    private int summed;
    private long trainingNanos;
    /** The state as of the last check, or null before the first. */
    private Checkpoint checkpoint;

    /** A run of {@code iterations} iterations with these settings. */
    public Playground(PlaneSettings settings, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: " + iterations + " is out of range; allowed: 1 to "
                    + MAX_ITERATIONS);
        }
        this.gan = new PlaneGan(settings);
        this.iterations = iterations;
        // the real points shown come from a stream of their own: showing them does not change the batches
        this.real = settings.data().sample(SHOWN, new Random(settings.seed() * 131 + 5));
        this.cells = cells(settings.data().extent());
    }

    /**
     * A saved run trained on: its checks and their pictures so far, and its networks and random streams from
     * {@code from} (a checkpoint taken at its last check), with {@code settings} (its own, or a branch's with networks
     * of the same shape) up to {@code iterations} in all.
     *
     * @throws IllegalArgumentException when the checks, pictures and checkpoint do not belong together, or the
     *                                  checkpoint does not fit these settings' networks
     */
    public Playground(PlaneSettings settings, int iterations, List<PlaneCheck> checks, List<PlaneFrame> frames,
                      Checkpoint from) {
        this(settings, iterations);
        if (checks.isEmpty() || checks.size() != frames.size() || from.epoch() != checks.size()
                || checks.get(checks.size() - 1).iteration() != from.iteration()) {
            throw new IllegalArgumentException("the saved run's checks (" + checks.size() + "), pictures ("
                    + frames.size() + ") and checkpoint (check " + from.epoch() + ", iteration " + from.iteration()
                    + ") do not belong together");
        }
        this.done = gan.restore(from);
        if (iterations < done) {
            throw new IllegalArgumentException("iterations: at least the " + done + " the saved run has done");
        }
        this.checks.addAll(checks);
        this.frames.addAll(frames);
        this.trainingNanos = (long) (from.seconds() * 1e9);
        this.checkpoint = from;
    }

    /** The centres of the field's cells, row by row from the top, each row from the left (x, y pairs). */
    private static float[] cells(double extent) {
        float[] cells = new float[2 * FIELD * FIELD];
        for (int row = 0; row < FIELD; row++) {
            for (int col = 0; col < FIELD; col++) {
                cells[2 * (row * FIELD + col)] = (float) (-extent + (col + 0.5) * 2 * extent / FIELD);
                cells[2 * (row * FIELD + col) + 1] = (float) (extent - (row + 0.5) * 2 * extent / FIELD);
            }
        }
        return cells;
    }

    public PlaneSettings settings() {
        return gan.settings();
    }

    public int iterations() {
        return iterations;
    }

    public int done() {
        return done;
    }

    public boolean finished() {
        return done >= iterations;
    }

    /** Iterations per second of training alone (checks and pictures excluded), 0 before the first. */
    public double speed() {
        return trainingNanos == 0 ? 0 : done / (trainingNanos / 1e9);
    }

    /**
     * Trains until {@code nanos} have passed or the run is done, checking on the way, and returns a picture of where
     * it is now.
     */
    public PlaneFrame advance(long nanos) {
        long start = System.nanoTime();
        while (done < iterations && System.nanoTime() - start < nanos) {
            step();
        }
        return frame();
    }

    /** Trains to the end. */
    public void finish() {
        while (done < iterations) {
            step();
        }
    }

    private void step() {
        long t = System.nanoTime();
        PlaneGan.Step s = gan.iterate();
        trainingNanos += System.nanoTime() - t;
        done++;
        double[] values = {s.dLossReal(), s.dLossFake(), s.gLoss(), s.dAccReal(), s.dAccFake()};
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
        summed++;
        if (done % CHECK_EVERY == 0 || done == iterations) {
            checks.add(new PlaneCheck(done, sums[0] / summed, sums[1] / summed, sums[2] / summed,
                    sums[3] / summed, sums[4] / summed, gan.measure(MEASURED)));
            Arrays.fill(sums, 0);
            summed = 0;
            frames.add(frame());
            checkpoint = gan.checkpoint(checks.size(), trainingNanos / 1e9);
        }
    }

    /** A picture of G and D as they are now. */
    public PlaneFrame frame() {
        double extent = gan.settings().data().extent();
        int shown = SHOWN / gan.settings().pack() * gan.settings().pack();
        float[] fake = gan.sample(shown);
        return new PlaneFrame(done, extent, real, fake, gan.push(fake), FIELD, gan.judge(cells), MESH,
                gan.mesh(MESH));
    }

    /** The checks so far, oldest first (a copy). */
    public List<PlaneCheck> checks() {
        return List.copyOf(checks);
    }

    /** The pictures taken at the checks, one per check (a copy). */
    public List<PlaneFrame> frames() {
        return List.copyOf(frames);
    }

    /**
     * Everything needed to train on from the last check exactly as if the run had not stopped (the iterations after
     * it are trained again), or null before the first check.
     */
    public Checkpoint checkpoint() {
        return checkpoint;
    }

    public PlaneDiagnosis diagnosis() {
        return PlaneDiagnosis.of(checks);
    }
}
