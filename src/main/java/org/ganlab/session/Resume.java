package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.DataException;
import org.ganlab.data.Datasets;
import org.ganlab.data.ImageDataset;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.RealReference;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.Provenance;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunWriter;
import org.ganlab.train.Trainer;
import org.ganlab.config.ConfigSchema;

/**
 * Going on from a checkpoint: continuing a run in its own folder, or branching a new run from one of its epochs with
 * changed settings. Everything that can be wrong (no checkpoint, a damaged one, another format version, an epoch out
 * of range, settings that change the architecture, a folder that cannot be written) is found before anything is
 * written, and reported as a {@link ResumeException} naming the file or field.
 */
public final class Resume {
    /**
     * A continuation or branch that has passed every check, ready to train.
     *
     * @param notes what was found damaged in the run and left out (a row of metrics.csv cut short by a crash), one
     *              line each, for the user to be told
     */
    public record Prepared(RunSession session, ExperimentConfig config, Checkpoint checkpoint, Provenance step,
                           List<String> notes) implements Training {
        @Override
        public RunPlan plan() {
            return session.plan();
        }

        @Override
        public Diagnosis diagnosis() {
            return session.diagnosis();
        }

        @Override
        public String describe() {
            return step.describe() + "; training to epoch " + config.epochs();
        }

        /** The epoch training goes on from: the checkpoint's, or 0 for a run stopped before its first epoch ended. */
        public int fromEpoch() {
            return checkpoint == null ? 0 : checkpoint.epoch();
        }

        /** The folder trained into: the run itself for a continuation, the new one for a branch. */
        @Override
        public Path dir() {
            return session.dir();
        }

        /** Trains the remaining epochs into the folder, then judges the run; {@code listener} sees them too. */
        @Override
        public RunStatus train(TrainingListener listener, TrainingControl control) {
            return session.train(listener, control);
        }
    }

    /** A continuation or branch that cannot be done, in one line naming the file or field. */
    public static final class ResumeException extends Exception {
        public ResumeException(String message) {
            super(message);
        }
    }

    private Resume() {
    }

    /** Appends {@code moreEpochs} epochs after the newest checkpoint of the run in {@code dir}. */
    public static Prepared continueRun(Path dir, int moreEpochs) throws ResumeException {
        if (moreEpochs < 1) {
            throw new ResumeException("--epochs: continue needs at least 1 more epoch, not " + moreEpochs);
        }
        RunRecord record = ResumeChecks.images(dir);
        ResumeChecks.requireWritable(dir);
        List<Integer> kept = ResumeChecks.checkpointEpochs(dir);
        if (kept.isEmpty() && record.completedEpochs() == 0) {
            return startAgain(dir, record, moreEpochs);
        }
        if (kept.isEmpty()) {
            throw new ResumeException(dir + " has no checkpoint to continue from (runs recorded before GAN Lab kept "
                    + "checkpoints cannot be continued)");
        }
        Checkpoint c = ResumeChecks.newestWithItsMetrics(dir, kept);
        int target = c.epoch() + moreEpochs;
        ExperimentConfig config = ResumeChecks.withEpochs(record.config(), target, "--epochs");
        Provenance step = new Provenance(Provenance.CONTINUE, dir.toAbsolutePath().toString(), c.epoch(),
                Map.of("epochs", record.config().epochs() + " -> " + target), Instant.now().toString());
        return prepare(dir, dir, record, config, c, step, null);
    }

    /**
     * A run stopped before its first epoch ended (killed or stopped while it loaded its data or trained epoch 1) has
     * nothing to go on from: it starts again in its own folder, with its own settings and seed, so it trains exactly
     * what it would have trained.
     */
    private static Prepared startAgain(Path dir, RunRecord record, int moreEpochs) throws ResumeException {
        ExperimentConfig config = ResumeChecks.withEpochs(record.config(), moreEpochs, "--epochs");
        Provenance step = new Provenance(Provenance.CONTINUE, dir.toAbsolutePath().toString(), 0,
                Map.of("epochs", record.config().epochs() + " -> " + moreEpochs), Instant.now().toString());
        RunSession session;
        try {
            session = RunSession.create(config, record.preset(), dir, Files.isDirectory(dir.resolve(RunFiles.GENERATOR)));
        } catch (DataException e) {
            throw new ResumeException("data: " + e.getMessage());
        } catch (IOException e) {
            throw new ResumeException("data: cannot be read (" + e.getMessage() + ")");
        }
        return new Prepared(session, config, null, step, List.of("no epoch of " + dir + " was complete: it starts "
                + "again from its first iteration"));
    }

    /** A new run in {@code out} that starts from epoch {@code fromEpoch} of the run in {@code parent}. */
    public static Prepared branch(Path parent, int fromEpoch, Map<String, ?> changes, Path out) throws ResumeException {
        RunRecord record = ResumeChecks.images(parent);
        ExperimentConfig config;
        try {
            config = record.config().with(changes);
        } catch (ConfigException e) {
            throw new ResumeException(e.getMessage());
        }
        return branch(parent, record, fromEpoch, config, out);
    }

    /** A new run in {@code out} from epoch {@code fromEpoch} of {@code parent}, with the given settings. */
    public static Prepared branch(Path parent, int fromEpoch, ExperimentConfig settings, Path out)
            throws ResumeException {
        return branch(parent, ResumeChecks.images(parent), fromEpoch, settings, out);
    }

    private static Prepared branch(Path parent, RunRecord record, int fromEpoch, ExperimentConfig settings, Path out)
            throws ResumeException {
        if (Files.exists(out.resolve(RunFiles.CONFIG))) {
            throw new ResumeException("--out: " + out + " already holds a run; choose a new folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ResumeException("--out: " + out + " is a file, not a folder");
        }
        Path existing = out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            throw new ResumeException("--out: " + out + " cannot be created (" + existing + " is not writable)");
        }
        int completed = Math.max(record.completedEpochs(), 0);
        if (fromEpoch < 1 || fromEpoch > completed) {
            throw new ResumeException("--from-epoch: " + fromEpoch + " is out of range; " + parent + " has "
                    + (completed == 0 ? "no complete epoch" : "epochs 1-" + completed));
        }
        List<Integer> kept = ResumeChecks.checkpointEpochs(parent);
        if (!kept.contains(fromEpoch)) {
            throw new ResumeException("--from-epoch: epoch " + fromEpoch + " of " + parent + " has no checkpoint; "
                    + (kept.isEmpty() ? "the run kept none" : "it kept epoch " + ResumeChecks.join(kept))
                    + " (checkpointEvery sets which epochs are kept)");
        }
        Checkpoint c = ResumeChecks.read(RunFiles.checkpoint(parent, fromEpoch));
        if (settings.epochs() <= fromEpoch) {
            throw new ResumeException("epochs: a branch from epoch " + fromEpoch + " must train to more than "
                    + fromEpoch + " epochs, not " + settings.epochs() + " (for example --set epochs="
                    + (fromEpoch + record.config().epochs()) + ")");
        }
        ExperimentConfig config = ResumeChecks.withEpochs(settings, settings.epochs(), "epochs");
        Provenance step = new Provenance(Provenance.BRANCH, parent.toAbsolutePath().toString(), fromEpoch,
                changes(record.config(), config), Instant.now().toString());
        return prepare(parent, out, record, config, c, step, parent);
    }

    /** The settings that differ, as "old -> new". */
    static Map<String, String> changes(ExperimentConfig before, ExperimentConfig after) {
        Map<String, Object> a = ConfigSchema.IMAGES.toMap(before);
        Map<String, Object> b = ConfigSchema.IMAGES.toMap(after);
        Map<String, String> changed = new LinkedHashMap<>();
        for (var e : b.entrySet()) {
            if (!Objects.equals(a.get(e.getKey()), e.getValue())) {
                changed.put(e.getKey(), a.get(e.getKey()) + " -> " + e.getValue());
            }
        }
        return changed;
    }

    private static Prepared prepare(Path source, Path target, RunRecord record, ExperimentConfig config,
                                     Checkpoint c, Provenance step, Path copyFrom) throws ResumeException {
        List<IterationMetrics> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            RunFiles.MetricsRead read = RunFiles.readMetrics(source.resolve(RunFiles.METRICS));
            for (IterationMetrics m : read.rows()) {
                if (m.iteration() <= c.iteration()) {
                    rows.add(m);
                }
            }
            notes.addAll(read.problems());
            if (read.rows().size() < record.iterations() && c.epoch() < record.completedEpochs()) {
                int from = c.epoch() + 1;
                notes.add("going on from epoch " + c.epoch() + ", the newest whose metrics are whole; "
                        + (from == record.completedEpochs() ? "epoch " + from + " is"
                        : "epochs " + from + "-" + record.completedEpochs() + " are") + " trained again");
            }
        } catch (IOException e) {
            throw new ResumeException(source.resolve(RunFiles.METRICS) + " is unreadable: " + e.getMessage());
        }
        if (rows.size() != c.iteration()) {
            throw new ResumeException(source.resolve(RunFiles.METRICS) + " has " + rows.size() + " of the "
                    + c.iteration() + " iterations before the checkpoint of epoch " + c.epoch());
        }
        List<String> problems = new ArrayList<>();
        SortedMap<Integer, HeldOutCheck> heldOut = new TreeMap<>(
                RunFiles.readHeldOut(source.resolve(RunFiles.HELD_OUT), problems));
        if (!problems.isEmpty()) {
            throw new ResumeException(String.join("; ", problems));
        }
        heldOut.keySet().removeIf(e -> e > c.epoch());
        ImageDataset data;
        try {
            data = Datasets.load(config);
        } catch (DataException e) {
            throw new ResumeException("data: " + e.getMessage());
        } catch (IOException e) {
            throw new ResumeException("data: cannot be read (" + e.getMessage() + ")");
        }
        boolean keepGenerator = Files.isDirectory(source.resolve(RunFiles.GENERATOR));
        Trainer trainer;
        try {
            trainer = Trainer.resume(config, data, keepGenerator, c);
        } catch (IllegalArgumentException e) {
            String changed = step.changed().isEmpty() ? "" : " (changed: " + String.join(", ", step.changed().keySet()) + ")";
            throw new ResumeException(RunFiles.checkpoint(source, c.epoch()) + " does not fit these settings: "
                    + e.getMessage() + changed + "; a branch may change training settings but not the networks' shapes");
        }
        List<Provenance> history = new ArrayList<>(record.history());
        history.add(step);
        RunWriter.Prior prior = new RunWriter.Prior(rows, heldOut, record.started(), c.epoch(), history, copyFrom);
        RunWriter writer = new RunWriter(target, record.preset(), prior);
        // an unreadable table is measured again from here on
        List<QualityRow> quality = new ArrayList<>(QualityFile.readOrNone(source));
        quality.removeIf(r -> r.epoch() > c.epoch());
        return new Prepared(new RunSession(target, config, data, trainer, writer,
                earlierReadings(source, c.epoch(), data), quality), config, c, step, notes);
    }

    /**
     * How the epochs up to {@code epoch} were judged: from the run's diagnosis.json when it covers every epoch with a
     * grid (judged from the grids as drawn), else measured again from the grid pictures (the run is read only then).
     */
    private static List<Diagnosis.EpochDiagnosis> earlierReadings(Path source, int epoch, ImageDataset data)
            throws ResumeException {
        try {
            List<Integer> withGrid = new ArrayList<>();
            for (int e = 1; e <= epoch; e++) {
                if (Files.isRegularFile(RunFiles.samples(source, e))) {
                    withGrid.add(e);
                }
            }
            Diagnosis d = RunDiagnosis.read(source);
            if (d != null) {
                List<Diagnosis.EpochDiagnosis> kept = d.epochs().stream().filter(e -> e.epoch() <= epoch).toList();
                if (kept.stream().map(Diagnosis.EpochDiagnosis::epoch).toList().equals(withGrid)) {
                    return kept;
                }
            }
            return RunDiagnosis.diagnose(RunReader.open(source), RealReference.of(data)).epochs().stream()
                    .filter(e -> e.epoch() <= epoch).toList();
        } catch (IOException | RuntimeException e) {
            throw new ResumeException(source + ": the earlier epochs cannot be read (" + e.getMessage() + ")");
        }
    }
}
