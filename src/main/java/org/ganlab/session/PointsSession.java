package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ganlab.config.ConfigException;
import org.ganlab.config.DataKind;
import org.ganlab.config.PlaneSettings;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.Provenance;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunWriter;
import org.ganlab.session.Resume.ResumeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on points from settings to verdict, in its folder: the playground trained with the run's writer listening
 * (the same {@link RunWriter} and layout as a run on images), then judged from its checks ({@link RunDiagnosis}).
 * A new run, a saved run trained on, or a branch from one of its checks with other settings.
 */
public final class PointsSession implements Training {
    private final Path dir;
    private final String preset;
    private final Playground run;
    private final Relay relay;
    private final List<String> notes;
    private volatile Diagnosis diagnosis;

    private PointsSession(Path dir, String preset, Relay relay, Playground run, List<String> notes) {
        this.dir = dir;
        this.preset = preset;
        this.relay = relay;
        this.run = run;
        this.notes = List.copyOf(notes);
    }

    /** A new run of {@code iterations} with these settings in {@code dir}, named by its preset. */
    public static PointsSession create(PlaneSettings settings, String preset, int iterations, Path dir) {
        Relay relay = new Relay(new RunWriter(dir, preset));
        return new PointsSession(dir, preset, relay, new Playground(settings, iterations, relay), List.of());
    }

    /**
     * The run saved in {@code dir} trained on in its own folder, from its last check, to {@code total} iterations in
     * all (its plan when null).
     */
    public static PointsSession continueRun(Path dir, Integer total) throws ResumeException {
        // a folder saved before the kinds shared a layout has no config.json: it is read (and written on) as it is
        RunRecord record = Files.exists(dir.resolve(RunFiles.CONFIG)) ? ResumeChecks.readRecord(dir) : null;
        if (record != null && record.kind() != DataKind.POINTS) {
            throw new ResumeException(dir + " is a run on images, not on points");
        }
        if (record != null && record.completedEpochs() == 0) {
            // stopped before its first check: nothing to go on from, so it starts again, as it would have trained
            ResumeChecks.requireWritable(dir);
            PointsSession again = create(record.points(), record.preset(),
                    total == null ? record.plannedIterations() : total, dir);
            return new PointsSession(dir, record.preset(), again.relay, again.run, List.of("no check of " + dir
                    + " was complete: it starts again from its first iteration"));
        }
        PlaneRunFolder saved = read(dir);
        ResumeChecks.requireWritable(dir);
        int to = total == null ? saved.iterations() : total;
        Provenance step = new Provenance(Provenance.CONTINUE, dir.toAbsolutePath().toString(), saved.checks().size(),
                Map.of("iterations", saved.iterations() + " -> " + to), Instant.now().toString());
        Relay relay = new Relay(new RunWriter(dir, saved.preset(), prior(saved, step, null)));
        try {
            return new PointsSession(dir, saved.preset(), relay, Playground.resume(saved, to, relay), List.of());
        } catch (IllegalArgumentException e) {
            throw new ResumeException(dir + ": " + e.getMessage());
        }
    }

    /** The run saved in {@code dir} trained on for {@code moreChecks} more checks after its last. */
    public static PointsSession continueFor(Path dir, int moreChecks) throws ResumeException {
        if (moreChecks < 1) {
            throw new ResumeException("--epochs: continue needs at least 1 more check, not " + moreChecks);
        }
        PlaneRunFolder saved = read(dir);
        long total = saved.checkpoint().iteration() + (long) moreChecks * PlaneSettings.CHECK_EVERY;
        if (total > PlaneSettings.MAX_ITERATIONS) {
            throw new ResumeException("--epochs: " + moreChecks + " more checks would train " + total + " iterations;"
                    + " allowed: at most " + PlaneSettings.MAX_ITERATIONS + " in all");
        }
        return continueRun(dir, (int) total);
    }

    /**
     * A new run in {@code out} that starts from check {@code fromCheck} of the run in {@code parent} with the given
     * settings changed, to {@code total} iterations in all (the parent's plan when null).
     */
    public static PointsSession branch(Path parent, int fromCheck, Map<String, ?> changes, Integer total, Path out)
            throws ResumeException {
        PlaneRunFolder whole = read(parent);
        if (fromCheck < 1 || fromCheck > whole.checks().size()) {
            throw new ResumeException("--from-epoch: check " + fromCheck + " is out of range; " + parent + " has "
                    + "checks 1-" + whole.checks().size());
        }
        PlaneRunFolder saved;
        try {
            saved = fromCheck == whole.checks().size() ? whole : PlaneRunFolder.upTo(whole, fromCheck);
        } catch (IOException e) {
            throw new ResumeException(e.getMessage());
        }
        PlaneSettings changed;
        try {
            changed = saved.settings().with(new TreeMap<>(changes));
        } catch (ConfigException e) {
            throw new ResumeException("--set " + e.getMessage());
        }
        if (changed.problem().isPresent()) {
            throw new ResumeException("--set " + changed.problem().get());
        }
        int to = total == null ? saved.iterations() : total;
        Map<String, String> changedFields = new TreeMap<>();
        changes.forEach((k, v) -> changedFields.put(k, v.toString()));
        Provenance step = new Provenance(Provenance.BRANCH, parent.toAbsolutePath().toString(), fromCheck,
                changedFields, Instant.now().toString());
        Relay relay = new Relay(new RunWriter(out, saved.preset(), prior(saved, step, parent)));
        try {
            return new PointsSession(out, saved.preset(), relay, Playground.branch(saved, changed, to, relay),
                    List.of());
        } catch (IllegalArgumentException e) {
            throw new ResumeException("--set " + e.getMessage());
        }
    }

    private static PlaneRunFolder read(Path dir) throws ResumeException {
        try {
            return PlaneRunFolder.read(dir);
        } catch (IOException | RuntimeException e) {
            throw new ResumeException(e.getMessage());
        }
    }

    /** What the writer starts from: the metrics and checks up to the saved run's last check, and its history. */
    private static RunWriter.Prior prior(PlaneRunFolder saved, Provenance step, Path copyFrom) throws ResumeException {
        List<IterationMetrics> rows = new ArrayList<>();
        try {
            for (IterationMetrics m : RunFiles.readMetrics(saved.dir().resolve(RunFiles.METRICS)).rows()) {
                if (m.iteration() <= saved.checkpoint().iteration()) {
                    rows.add(m);
                }
            }
        } catch (IOException e) {
            // a folder saved before the kinds shared a layout has no metrics.csv: the checks carry its numbers
        }
        List<Provenance> history = new ArrayList<>(saved.record().history());
        history.add(step);
        String started = saved.record().started() == null ? Instant.now().toString() : saved.record().started();
        return new RunWriter.Prior(rows, new TreeMap<>(), started, saved.checks().size(), history, copyFrom,
                saved.checks(), saved.frames(), saved.checkpoint());
    }

    @Override
    public Path dir() {
        return dir;
    }

    /** The preset the run started from (a branch keeps its parent's). */
    public String preset() {
        return preset;
    }

    /**
     * The last check of the run saved in {@code dir}, which a branch from it starts from by default.
     *
     * @throws ResumeException naming what cannot be read
     */
    public static int lastCheck(Path dir) throws ResumeException {
        return read(dir).checks().size();
    }

    @Override
    public RunPlan plan() {
        return run.plan();
    }

    /** The playground being trained, for the screen to draw and scrub. */
    public Playground playground() {
        return run;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s on points from iteration %d, training to iteration %d (a check every %d)",
                preset, run.done(), run.iterations(), PlaneSettings.CHECK_EVERY);
    }

    /**
     * Trains for {@code nanos} (the playground's slice on the screen's owner), without a picture: the screen takes
     * its own of the run as it is after the slice. The run is judged and its diagnosis written once it finishes.
     */
    public void trainFor(long nanos) {
        run.trainFor(nanos);
        judgeOnceFinished();
    }

    /** Trains {@code steps} iterations (fewer at the run's end), judging it once it has ended. */
    public void step(int steps) {
        run.step(steps);
        judgeOnceFinished();
    }

    /** Takes the next update alone (D's or G's), judging the run once it has ended; null once it had ended. */
    public PlaneUpdate update() {
        PlaneUpdate u = run.update();
        judgeOnceFinished();
        return u;
    }

    private void judgeOnceFinished() {
        if (run.finished() && diagnosis == null) {
            judge();
        }
    }

    /** Writes the run's folder up to its last check now (its checks and metrics are otherwise written every 2 s). */
    public void flush() {
        relay.writer().flush();
    }

    /** Stops the run where it is (its folder says stopped, with every complete check) and judges it. */
    public void stop() {
        if (!run.finished()) {
            run.stop();
            if (!run.checks().isEmpty()) {
                judge();
            }
        }
    }

    private void judge() {
        try {
            diagnosis = RunDiagnosis.writePoints(dir, run.diagnosis());
        } catch (IOException e) {
            LOG.warn("{}: the diagnosis could not be written: {}", dir, e.toString());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PointsSession.class);

    @Override
    public RunStatus train(TrainingListener listener, TrainingControl control) {
        relay.also = listener;
        RunStatus status = run.train(control);
        if (!run.checks().isEmpty()) {
            judge();
        }
        return status;
    }

    @Override
    public Diagnosis diagnosis() {
        return diagnosis;
    }
}
