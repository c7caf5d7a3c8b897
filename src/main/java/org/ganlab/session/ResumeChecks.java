package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.Checkpoint;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunLock;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunRecords;
import org.ganlab.session.Resume.ResumeException;

/** The checks {@link Resume} makes before it writes anything: the run's record, its checkpoints, the folder's rights. */
final class ResumeChecks {
    private ResumeChecks() {
    }

    static RunRecord readRecord(Path dir) throws ResumeException {
        if (!Files.isDirectory(dir)) {
            throw new ResumeException(dir + " is not a folder");
        }
        Path file = dir.resolve(RunFiles.CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new ResumeException(dir + " is not a GAN Lab run (" + RunFiles.CONFIG + " is missing)");
        }
        RunRecord record;
        try {
            record = RunRecords.read(file);
        } catch (IOException | RuntimeException e) {
            throw new ResumeException(file + " is unreadable: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (RunLock.held(dir)) {
            throw new ResumeException(dir + " is being trained right now; wait for it to finish or stop it");
        }
        if (record.kind() == DataKind.POINTS) {
            return record; // its settings were checked as the record was read; there is no data folder to find
        }
        if (record.config() == null) {
            throw new ResumeException(file + " holds no configuration");
        }
        try {
            ConfigSchema.validate(record.config());
        } catch (ConfigException e) {
            throw new ResumeException(file + ": " + e.getMessage());
        }
        return record;
    }

    /** The record of a run on images (a run on points goes on through {@link PointsSession}). */
    static RunRecord images(Path dir) throws ResumeException {
        RunRecord record = readRecord(dir);
        if (record.kind() != DataKind.IMAGES) {
            throw new ResumeException(dir + " is a run on points: it goes on in the playground, or with continue "
                    + "and branch on the command line");
        }
        return record;
    }

    static void requireWritable(Path dir) throws ResumeException {
        try {
            RunFiles.requireOwnParts(dir);
        } catch (IOException e) {
            throw new ResumeException(e.getMessage() + "; nothing was changed");
        }
        for (Path p : new Path[] {dir, dir.resolve(RunFiles.CONFIG), dir.resolve(RunFiles.METRICS),
                dir.resolve(RunFiles.SAMPLES), dir.resolve(RunFiles.CHECKPOINTS)}) {
            if (Files.exists(p) && !Files.isWritable(p)) {
                throw new ResumeException(p + " is not writable; nothing was changed");
            }
        }
    }

    static List<Integer> checkpointEpochs(Path dir) throws ResumeException {
        try {
            return CheckpointFile.epochs(dir);
        } catch (IOException e) {
            throw new ResumeException(dir.resolve(RunFiles.CHECKPOINTS) + " cannot be listed: " + e.getMessage());
        }
    }

    static Checkpoint read(Path file) throws ResumeException {
        try {
            return CheckpointFile.read(file);
        } catch (CheckpointFile.CheckpointException e) {
            throw new ResumeException(e.getMessage() + "; nothing was changed");
        }
    }

    /**
     * The newest checkpoint whose iterations metrics.csv holds in full: the newest of all, unless damage outside the
     * lab's control cut rows from metrics.csv (the lab writes it whole), in which case the run goes on from the newest
     * epoch it can continue exactly, and the epochs after it are trained again.
     */
    static Checkpoint newestWithItsMetrics(Path dir, List<Integer> kept) throws ResumeException {
        int rows;
        try {
            rows = RunFiles.readMetrics(dir.resolve(RunFiles.METRICS)).rows().size();
        } catch (IOException e) {
            throw new ResumeException(dir.resolve(RunFiles.METRICS) + " is unreadable: " + e.getMessage());
        }
        Checkpoint newest = null;
        for (int i = kept.size() - 1; i >= 0; i--) {
            Checkpoint c = read(RunFiles.checkpoint(dir, kept.get(i)));
            newest = newest == null ? c : newest;
            if (c.iteration() <= rows) {
                return c;
            }
        }
        return newest; // none fits: prepare names the missing rows
    }

    static ExperimentConfig withEpochs(ExperimentConfig config, int epochs, String field)
            throws ResumeException {
        try {
            return ConfigSchema.validate(config.with(Map.of("epochs", epochs)));
        } catch (ConfigException e) {
            throw new ResumeException(field + ": " + e.getMessage());
        }
    }

    static String join(List<Integer> epochs) {
        return String.join(", ", epochs.stream().map(String::valueOf).toList());
    }
}
