package org.ganlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ganlab.config.DataKind;
import org.ganlab.config.Json;
import org.ganlab.images.GridImages;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;
import org.ganlab.records.TrainingListener;

/**
 * Writes a run directory as training goes. After every epoch each file is rewritten under a temporary name and
 * renamed into place, so a run killed at any moment leaves a readable run of its completed epochs. The epoch's
 * checkpoint is written after its grid and metrics and before config.json counts the epoch, so a checkpoint never
 * runs ahead of the metrics it continues. While it trains, the writer holds the folder's {@link RunLock}.
 */
public final class RunWriter implements TrainingListener {
    /**
     * What a continued or branched run starts from: its first epochs, already trained.
     *
     * @param rows            the metrics up to the checkpoint
     * @param heldOut         the held-out checks up to the checkpoint's epoch
     * @param started         when the first training began
     * @param completedEpochs the checkpoint's epoch
     * @param history         the run's history including this step
     * @param copyFrom        for a branch, the parent run whose grids and checkpoint of those epochs are copied; else null
     * @param checks          for points, the checks up to the checkpoint
     * @param frames          for points, their pictures (written into the folder where it lacks them: a branch, or a
     *                        folder saved before the kinds shared a layout)
     * @param checkpoint      for points, the state of the last of them
     */
    public record Prior(List<IterationMetrics> rows, SortedMap<Integer, HeldOutCheck> heldOut, String started,
                        int completedEpochs, List<Provenance> history, Path copyFrom, List<PlaneCheck> checks,
                        List<PlaneFrame> frames, Checkpoint checkpoint) {
        /** What an image run starts from. */
        public Prior(List<IterationMetrics> rows, SortedMap<Integer, HeldOutCheck> heldOut, String started,
                     int completedEpochs, List<Provenance> history, Path copyFrom) {
            this(rows, heldOut, started, completedEpochs, history, copyFrom, List.of(), List.of(), null);
        }
    }

    private final Path dir;
    private final String preset;
    private final Prior prior;
    private final List<IterationMetrics> rows = new ArrayList<>();
    private final SortedMap<Integer, HeldOutCheck> heldOut = new TreeMap<>();
    /** For points: every check's numbers so far (checks.csv). */
    private final List<PlaneCheck> checks = new ArrayList<>();
    private RunPlan plan;
    private String started;
    private int completedEpochs;
    private int epochRows;
    private RunLock lock;

    public RunWriter(Path dir, String preset) {
        this(dir, preset, null);
    }

    /** A writer that goes on from earlier epochs (see {@link Prior}); null prior for a new run. */
    public RunWriter(Path dir, String preset, Prior prior) {
        this.dir = dir;
        this.preset = preset;
        this.prior = prior;
        if (prior != null) {
            rows.addAll(prior.rows());
            heldOut.putAll(prior.heldOut());
            checks.addAll(prior.checks());
            completedEpochs = prior.completedEpochs();
            epochRows = rows.size();
        }
    }

    public Path dir() {
        return dir;
    }

    /** The metrics the run starts with: those before the checkpoint for a continuation or branch, else none. */
    public List<IterationMetrics> priorRows() {
        return prior == null ? List.of() : prior.rows();
    }

    @Override
    public void started(RunPlan p) {
        this.plan = p;
        this.started = prior != null ? prior.started() : Instant.now().toString();
        try {
            RunFiles.requireOwnParts(dir);
            Files.createDirectories(dir.resolve(points() ? PlaneRunFiles.PICTURES : RunFiles.SAMPLES));
            lock = RunLock.acquire(dir);
            if (prior != null) {
                if (prior.copyFrom() != null) {
                    PriorEpochs.copy(prior.copyFrom(), dir, prior.completedEpochs(), points());
                }
                if (points()) {
                    PriorEpochs.write(dir, prior.frames(), prior.checkpoint());
                }
                PriorEpochs.discardAfter(dir, prior.completedEpochs());
                RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), rows);
                if (!heldOut.isEmpty()) {
                    RunFiles.writeHeldOut(dir.resolve(RunFiles.HELD_OUT), heldOut);
                }
            }
            writeRecord(RunStatus.RUNNING, "training");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run directory " + dir, e);
        }
    }

    @Override
    public void iteration(IterationMetrics m) {
        rows.add(m);
    }

    private boolean points() {
        return plan.kind() == DataKind.POINTS;
    }

    @Override
    public void epoch(EpochSnapshot s) {
        completedEpochs = s.epoch();
        epochRows = rows.size();
        try {
            if (s.check() != null) {
                check(s);
                return;
            }
            writeGrid(RunFiles.samples(dir, s.epoch()), s.fixed());
            if (s.fresh() != null) {
                writeGrid(RunFiles.freshSamples(dir, s.epoch()), s.fresh());
            }
            if (s.scores() != null) {
                RunFiles.writeScores(RunFiles.scores(dir, s.epoch()), s.scores());
            }
            if (s.generator() != null) {
                AtomicFiles.write(RunFiles.generator(dir, s.epoch()), out -> out.write(s.generator()));
            }
            if (s.heldOut() != null) {
                heldOut.put(s.epoch(), s.heldOut());
                RunFiles.writeHeldOut(dir.resolve(RunFiles.HELD_OUT), heldOut);
            }
            RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), rows.subList(0, epochRows));
            if (System.nanoTime() - lastCurves > CURVES_INTERVAL_NANOS) {
                writeCurves(rows.subList(0, epochRows));
            }
            if (s.checkpoint() != null) {
                CheckpointFile.write(RunFiles.checkpoint(dir, s.epoch()), s.checkpoint());
                pruneCheckpoints(s.epoch());
            }
            writeRecord(RunStatus.RUNNING, "training; " + completedEpochs + " epochs complete");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write epoch " + s.epoch() + " to " + dir, e);
        }
    }

    /**
     * A check of points: its picture, its checkpoint (every check keeps one: they are small, and a branch may start
     * from any), the checks so far, and the metrics and the record at most every few seconds, as a check takes a
     * fraction of a second and metrics.csv grows with every iteration (continue goes on from the newest checkpoint
     * whose metrics are whole).
     */
    private void check(EpochSnapshot s) throws IOException {
        checks.add(s.check());
        PlaneRunFiles.writePicture(PlaneRunFiles.picture(dir, s.epoch()), s.frame());
        CheckpointFile.write(RunFiles.checkpoint(dir, s.epoch()), s.checkpoint());
        if (System.nanoTime() - lastRecord > RECORD_INTERVAL_NANOS) {
            writeChecksAndRecord(epochRows);
        }
    }

    /** Points: checks.csv, then the checkpoints the metrics cover, then metrics.csv, then config.json. */
    private void writeChecksAndRecord(int metricsRows) throws IOException {
        lastRecord = System.nanoTime();
        PlaneRunFiles.writeChecks(dir.resolve(PlaneRunFiles.CHECKS), checks);
        RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), rows.subList(0, metricsRows));
        writeRecord(RunStatus.RUNNING, "training; " + completedEpochs + " checks complete");
    }

    /**
     * Writes what a run on points has kept back since its last write (its checks, metrics and record, as of its last
     * check): before a copy is made of it, or when it is paused.
     */
    public void flush() {
        if (plan != null && points() && completedEpochs > 0) {
            try {
                writeChecksAndRecord(epochRows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + dir, e);
            }
        }
    }

    private static final long RECORD_INTERVAL_NANOS = 2_000_000_000L;
    private long lastRecord = System.nanoTime();

    /** Keeps the newest checkpoint and those of every Kth epoch (checkpointEvery; every check of points). */
    private void pruneCheckpoints(int newest) throws IOException {
        int every = points() ? 1 : Math.max(1, plan.config().checkpointEvery());
        for (int e : CheckpointFile.epochs(dir)) {
            if (e < newest && e % every != 0) {
                Files.deleteIfExists(RunFiles.checkpoint(dir, e));
            }
        }
    }

    @Override
    public void finished(RunStatus status, String message) {
        try (RunLock held = lock) {
            // a stopped run keeps its completed epochs; a diverged or failed one also keeps the iterations that show why
            List<IterationMetrics> kept = status == RunStatus.STOPPED ? rows.subList(0, epochRows) : rows;
            if (points()) {
                PlaneRunFiles.writeChecks(dir.resolve(PlaneRunFiles.CHECKS), checks);
            }
            RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), kept);
            writeCurves(kept);
            writeRecord(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the run directory " + dir, e);
        }
    }

    private void writeGrid(Path file, SampleGrid grid) throws IOException {
        var image = GridImages.render(grid, true).toBufferedImage();
        Exports.png(image, file);
    }

    /**
     * curves.png is drawn after an epoch at most this often (and always at the end): drawing every point costs more
     * with every epoch, and a run of hundreds of short epochs would spend its time redrawing. metrics.csv, written
     * after every epoch, holds the same figures.
     */
    private static final long CURVES_INTERVAL_NANOS = 20_000_000_000L;
    private long lastCurves = System.nanoTime() - CURVES_INTERVAL_NANOS - 1;

    private void writeCurves(List<IterationMetrics> kept) throws IOException {
        lastCurves = System.nanoTime();
        var image = CurvesFigure.render(kept, preset == null ? "run" : preset);
        Exports.png(image, dir.resolve(RunFiles.CURVES));
    }

    private void writeRecord(RunStatus status, String message) throws IOException {
        double seconds = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seconds();
        RunRecord record = new RunRecord(preset, plan.config(), status, message, completedEpochs, rows.size(),
                plan.iterationsPerEpoch(), plan.datasetDescription(), plan.backend(), versions(), started, seconds,
                prior == null ? List.of() : prior.history(), plan.kind(), plan.points(), plan.totalIterations());
        AtomicFiles.writeString(dir.resolve(RunFiles.CONFIG), Json.MAPPER.writeValueAsString(record));
    }

    private static Map<String, String> versions() {
        return Map.of("ganlab", "0.1.0", "dl4j", "1.0.0-M2.1", "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
