package org.ganlab.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ganlab.backend.Backend;
import org.ganlab.backend.NativeGarbage;
import org.ganlab.config.PlaneSettings;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneLook;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.train.GanModule;
import org.ganlab.train.PlaneGan;
import org.ganlab.train.PlaneProbe;
import org.ganlab.train.TrainingLoop;

/**
 * A run of the plane playground: trains in slices of time, checks the coverage every {@link #CHECK_EVERY} iterations
 * (the playground's epoch), keeps a picture of every check for scrubbing, and names what it sees. Not thread-safe: one
 * thread (the native owner) drives it, and what it hands out is immutable.
 */
public final class Playground implements GanModule {
    /** Iterations between checks. */
    public static final int CHECK_EVERY = PlaneSettings.CHECK_EVERY;
    /** The longest run (see {@link PlaneSettings#MAX_ITERATIONS}). */
    public static final int MAX_ITERATIONS = PlaneSettings.MAX_ITERATIONS;
    /** G's points measured at each check. */
    public static final int MEASURED = 1000;
    /** Points shown of each kind, cells per side of D's field, latent points per side of the mesh. */
    public static final int SHOWN = 256;
    public static final int FIELD = 64;
    public static final int MESH = 15;

    private final PlaneGan gan;
    private final int iterations;
    /** Hears every iteration, check and the end, as an image run's listeners do: the run's folder is written so. */
    private final TrainingListener listener;
    private TrainingLoop loop;
    /** The iterations it had done when it was made (a saved run trained on), for its speed. */
    private int from;
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

    /** A run of {@code iterations} iterations with these settings, heard by nobody. */
    public Playground(PlaneSettings settings, int iterations) {
        this(settings, iterations, TrainingListener.all());
    }

    /** A run of {@code iterations} iterations with these settings; {@code listener} hears it as it trains. */
    public Playground(PlaneSettings settings, int iterations, TrainingListener listener) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: " + iterations + " is out of range; allowed: 1 to "
                    + MAX_ITERATIONS);
        }
        this.gan = new PlaneGan(settings);
        this.iterations = iterations;
        this.listener = listener;
        // the real points shown come from a stream of their own: showing them does not change the batches
        this.real = settings.data().sample(SHOWN, new Random(settings.seed() * 131 + 5));
        this.cells = PlaneProbe.cells(settings.data().extent(), FIELD);
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
                      Checkpoint from, TrainingListener listener) {
        this(settings, iterations, listener);
        if (checks.isEmpty() || checks.size() != frames.size() || from.epoch() != checks.size()
                || checks.get(checks.size() - 1).iteration() != from.iteration()) {
            throw new IllegalArgumentException("the saved run's checks (" + checks.size() + "), pictures ("
                    + frames.size() + ") and checkpoint (check " + from.epoch() + ", iteration " + from.iteration()
                    + ") do not belong together");
        }
        this.done = gan.restore(from);
        this.from = done;
        if (iterations < done) {
            throw new IllegalArgumentException("iterations: at least the " + done + " the saved run has done");
        }
        this.checks.addAll(checks);
        this.frames.addAll(frames);
        this.trainingNanos = (long) (from.seconds() * 1e9);
        this.checkpoint = from;
    }

    /**
     * A saved run trained on with its own settings up to {@code total} iterations in all (its plan when null); the
     * listener (a writer into its folder) goes on from its last check.
     */
    public static Playground resume(PlaneRunFolder saved, Integer total, TrainingListener listener) {
        return branch(saved, saved.settings(), total, listener);
    }

    /**
     * A saved run trained on with other settings (the same networks: the data, the latent size, the widths, the depth,
     * packing, the spread input and spectral normalisation may not change) up to {@code total} iterations in all.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static Playground branch(PlaneRunFolder saved, PlaneSettings changed, Integer total,
                                    TrainingListener listener) {
        saved.settings().branchProblem(changed).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new Playground(changed, total == null ? saved.iterations() : total, saved.checks(), saved.frames(),
                saved.checkpoint(), listener);
    }

    /** What the run is to do, as its listeners are told. */
    @Override
    public RunPlan plan() {
        return RunPlan.points(gan.settings(), CHECK_EVERY, iterations, Backend.describe(), "G " + gan.describe(true),
                "D " + gan.describe(false));
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

    /** The network the next update trains: D's steps of the iteration come first, then G's. */
    public Player next() {
        return gan.next();
    }

    /** Whether the run has ended: all its iterations trained, stopped, or a loss diverged. */
    public boolean finished() {
        return loop().ended() != null;
    }

    /** Iterations per second of training alone (checks and pictures excluded), 0 before the first. */
    public double speed() {
        return trainingNanos == 0 ? 0 : (done - from) / (trainingNanos / 1e9);
    }

    /**
     * Trains until {@code nanos} have passed or the run is done, checking on the way, and returns a picture of where
     * it is now.
     */
    public PlaneFrame advance(long nanos) {
        trainFor(nanos);
        return frame();
    }

    /** Trains {@code steps} iterations (fewer at the run's end), without a picture: the caller draws one. */
    public void step(int steps) {
        loop().runSteps(steps);
    }

    /**
     * Takes the next update of a paused run alone (one of D's steps, or one of G's once D's are taken), and returns
     * what it changed on a fixed probe, or null once the run has ended. The update that completes an iteration goes
     * through the loop, so the run counts, checks and saves it as any other: stepped update by update, the run is the
     * run trained straight.
     */
    public PlaneUpdate update() {
        if (finished() || done >= iterations) {
            return null;
        }
        // the update that ends an iteration is the loop's, which counts it
        return PlaneProbe.measured(gan, done + 1, gan.updatesLeft() == 1 ? () -> loop().runSteps(1) : gan::update);
    }

    /**
     * Trains until {@code nanos} have passed or the run is done, without a picture at the end: the pictures' own
     * random stream then moves only at checks, so a run trained in any slices draws the same pictures.
     */
    public void trainFor(long nanos) {
        loop().runFor(nanos);
    }

    /** Trains to the end, or until {@code control} stops it (the command line); returns how the run ended. */
    public RunStatus train(TrainingControl control) {
        return loop().train(control);
    }

    /** Trains to the end. */
    public void finish() {
        loop().runFor(Long.MAX_VALUE);
    }

    /** The one training loop, driving this run's step and checks (made once the run's state is in place). */
    private TrainingLoop loop() {
        if (loop == null) {
            loop = new TrainingLoop(this, listener, checks.size(), done, checkpoint == null ? 0 : checkpoint.seconds());
        }
        return loop;
    }

    @Override
    public IterationMetrics iterate(int iteration, int epoch, long startNanos) {
        long t = System.nanoTime();
        PlaneGan.Step s = gan.iterate();
        trainingNanos += System.nanoTime() - t;
        done = iteration;
        double[] values = {s.dLossReal(), s.dLossFake(), s.gLoss(), s.dAccReal(), s.dAccFake()};
        for (int i = 0; i < values.length; i++) {
            sums[i] += values[i];
        }
        summed++;
        return new IterationMetrics(iteration, epoch, s.dLossReal(), s.dLossFake(), s.gLoss(), s.dAccReal(),
                s.dAccFake(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, (System.nanoTime() - startNanos) / 1e9);
    }

    /** A check: the losses since the last, G's coverage, the picture and the state to go on from. */
    @Override
    public EpochSnapshot endOfEpoch(int epoch, int iteration, double seconds) {
        NativeGarbage.collectIfGrown(); // what ND4J's operations left behind, freed before it piles up
        checks.add(new PlaneCheck(iteration, sums[0] / summed, sums[1] / summed, sums[2] / summed,
                sums[3] / summed, sums[4] / summed, gan.measure(MEASURED)));
        Arrays.fill(sums, 0);
        summed = 0;
        frames.add(frame());
        checkpoint = gan.checkpoint(checks.size(), seconds);
        return EpochSnapshot.ofCheck(checks.size(), checks.get(checks.size() - 1), frames.get(frames.size() - 1),
                checkpoint);
    }

    /**
     * Stops the run where it is (the student pressed Stop or closed the playground): its listeners hear it end with
     * every complete check; training it on later goes on from the last check. Nothing happens after the end.
     */
    public void stop() {
        loop().stop();
    }

    /** What D and G make of the run's fixed probe now (D's mean judgement of real and of G's points). */
    public PlaneLook look() {
        return PlaneProbe.look(gan);
    }

    /** A picture of G and D as they are now. */
    public PlaneFrame frame() {
        double extent = gan.settings().data().extent();
        int shown = SHOWN / gan.settings().pack() * gan.settings().pack();
        float[] fake = gan.sample(shown);
        return new PlaneFrame(done, extent, real, fake, gan.push(fake), FIELD, gan.judge(cells), MESH,
                PlaneProbe.mesh(gan, MESH));
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

    /** The verdict so far, from the checks; Diverged once a loss has, which ends the run at once. */
    public PlaneDiagnosis diagnosis() {
        if (loop != null && loop.ended() == RunStatus.DIVERGED) {
            return new PlaneDiagnosis(Verdict.DIVERGED, List.of("a loss became NaN or infinite at iteration " + done));
        }
        return PlaneDiagnosis.of(checks);
    }
}
