package org.ganlab.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.config.DataKind;
import org.ganlab.config.Json;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.RunStatus;

/**
 * A run on points as its folder holds it, as far as its last check: the preset, the iterations planned, the settings,
 * every check's numbers and picture, and the state at its last check to train on from. The folder has the layout of
 * every run (config.json of kind POINTS, metrics.csv, checkpoints/epoch-NNN.ckpt, diagnosis.json) with the points'
 * own files ({@link PlaneRunFiles}); a folder saved by GAN Lab before the two kinds shared a layout
 * ({@value #LEGACY_RUN}, {@value #LEGACY_PICTURES}, {@value #LEGACY_CHECKPOINT}) still opens.
 *
 * @param dir        the folder
 * @param record     config.json (for a legacy folder, one made from its description)
 * @param checks     its checks, oldest first
 * @param frames     the picture taken at each check
 * @param checkpoint the state at its last check
 */
public record PlaneRunFolder(Path dir, RunRecord record, List<PlaneCheck> checks, List<PlaneFrame> frames,
                             Checkpoint checkpoint) {
    public static final String LEGACY_RUN = "plane-run.json";
    static final String LEGACY_PICTURES = "pictures.bin";
    static final String LEGACY_CHECKPOINT = "checkpoint.ckpt";
    private static final byte[] LEGACY_MAGIC = "GANLABPF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ITERATIONS = PlaneSettings.MAX_ITERATIONS;
    private static final int CHECK_EVERY = PlaneSettings.CHECK_EVERY;

    /** What a legacy {@value #LEGACY_RUN} holds. */
    private record Description(int format, String preset, int iterations, PlaneSettings settings,
                               List<PlaneCheck> checks) { }

    public PlaneRunFolder {
        checks = List.copyOf(checks);
        frames = List.copyOf(frames);
    }

    public String preset() {
        return record.preset();
    }

    /** The iterations the run was to train in all. */
    public int iterations() {
        return record.plannedIterations();
    }

    public PlaneSettings settings() {
        return record.points();
    }

    /**
     * The saved run as it was at check {@code check} (an earlier one than its last): its first checks and pictures,
     * and the checkpoint of that check, to branch from.
     *
     * @throws IOException naming the checkpoint when the run kept none of that check
     */
    public static PlaneRunFolder upTo(PlaneRunFolder run, int check) throws IOException {
        Checkpoint c = CheckpointFile.read(RunFiles.checkpoint(run.dir(), check));
        return new PlaneRunFolder(run.dir(), run.record(), run.checks().subList(0, check),
                run.frames().subList(0, check), c);
    }

    /** Whether {@code dir} holds a run on points, in either layout. */
    public static boolean isRun(Path dir) {
        if (Files.isRegularFile(dir.resolve(LEGACY_RUN))) {
            return true;
        }
        try {
            return RunRecords.read(dir.resolve(RunFiles.CONFIG)).kind() == DataKind.POINTS;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads the run in {@code dir}.
     *
     * @throws IOException naming the file that is missing, unreadable or does not fit the others
     */
    public static PlaneRunFolder read(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(RunFiles.CONFIG)) && Files.exists(dir.resolve(LEGACY_RUN))) {
            return readLegacy(dir);
        }
        RunRecord record;
        try {
            record = RunRecords.read(dir.resolve(RunFiles.CONFIG));
        } catch (NoSuchFileException e) {
            throw new IOException(dir + " is not a run on points: it has no " + RunFiles.CONFIG, e);
        }
        if (record.kind() != DataKind.POINTS) {
            throw new IOException(dir + " is a run on images, not on points");
        }
        List<PlaneCheck> checks = PlaneRunFiles.readChecks(dir.resolve(PlaneRunFiles.CHECKS));
        if (checks.isEmpty()) {
            throw new IOException(dir + " has no check yet: a run on points can be opened after iteration "
                    + CHECK_EVERY);
        }
        List<PlaneFrame> frames = new ArrayList<>();
        for (int k = 1; k <= checks.size(); k++) {
            frames.add(PlaneRunFiles.readPicture(PlaneRunFiles.picture(dir, k)));
        }
        Checkpoint c = CheckpointFile.read(RunFiles.checkpoint(dir, checks.size()));
        return checked(dir, record, checks, frames, c, RunFiles.CONFIG);
    }

    /** The checks, pictures and checkpoint belong together, and the settings and budget are within their bounds. */
    private static PlaneRunFolder checked(Path dir, RunRecord record, List<PlaneCheck> checks, List<PlaneFrame> frames,
                                          Checkpoint c, String described) throws IOException {
        if (record.points().problem().isPresent()) {
            throw new IOException(dir.resolve(described) + ": " + record.points().problem().get());
        }
        int planned = record.plannedIterations();
        if (planned < 1 || planned > MAX_ITERATIONS || checks.size() > planned / CHECK_EVERY + 1) {
            throw new IOException(dir.resolve(described) + ": iterations " + planned + " with " + checks.size()
                    + " checks; allowed: 1 to " + MAX_ITERATIONS + ", a check every " + CHECK_EVERY);
        }
        if (frames.size() != checks.size() || c.epoch() != checks.size()
                || c.iteration() != checks.get(checks.size() - 1).iteration()) {
            throw new IOException(dir + ": " + checks.size() + " checks, but " + frames.size() + " pictures and a "
                    + "checkpoint taken at check " + c.epoch() + " (iteration " + c.iteration() + ")");
        }
        return new PlaneRunFolder(dir, record, checks, frames, c);
    }

    /** A folder saved before the kinds shared a layout: its description, its pictures in one file, one checkpoint. */
    private static PlaneRunFolder readLegacy(Path dir) throws IOException {
        Path json = dir.resolve(LEGACY_RUN);
        Description d;
        try {
            d = Json.MAPPER.readValue(ReadLimits.read(json, ReadLimits.JSON), Description.class);
        } catch (JsonProcessingException e) {
            throw new IOException(json + " is not a plane run's description: " + e.getOriginalMessage(), e);
        }
        if (d.format() != 1 || d.settings() == null || d.checks() == null || d.checks().isEmpty()) {
            throw new IOException(json + " is not a plane run's description (format " + d.format()
                    + ", settings and at least one check needed)");
        }
        Checkpoint c = CheckpointFile.read(dir.resolve(LEGACY_CHECKPOINT));
        List<PlaneFrame> frames = readLegacyPictures(dir.resolve(LEGACY_PICTURES));
        PlaneCheck last = d.checks().get(d.checks().size() - 1);
        RunRecord record = new RunRecord(d.preset(), null, RunStatus.STOPPED,
                "saved by an earlier GAN Lab", d.checks().size(), last.iteration(), CHECK_EVERY,
                d.settings().data().toString(), "", null, null, c.seconds(), List.of(), DataKind.POINTS, d.settings(),
                d.iterations());
        return checked(dir, record, d.checks(), frames, c, LEGACY_RUN);
    }

    private static List<PlaneFrame> readLegacyPictures(Path file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(ReadLimits.read(file,
                ReadLimits.PICTURES)));
        try {
            byte[] magic = in.readNBytes(LEGACY_MAGIC.length);
            if (!Arrays.equals(magic, LEGACY_MAGIC) || in.readInt() != 1) {
                throw new IOException(file + " is not a plane run's pictures");
            }
            int n = in.readInt();
            if (n < 0 || n > MAX_ITERATIONS / CHECK_EVERY + 1) {
                throw new IOException(file + " is damaged: " + n + " pictures");
            }
            List<PlaneFrame> frames = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(PlaneRunFiles.readFrame(in, file));
            }
            return frames;
        } catch (EOFException e) {
            throw new IOException(file + " is cut short", e);
        }
    }
}
