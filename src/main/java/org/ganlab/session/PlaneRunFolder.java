package org.ganlab.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganlab.config.Json;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneFrame;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.ReadLimits;
import org.ganlab.train.PlaneSettings;

/**
 * A plane playground run on disk, as far as its last check: {@value #RUN} (the preset, the iterations planned, the
 * settings and every check's numbers, readable JSON), {@value #PICTURES} (every check's picture, for scrubbing back)
 * and {@value #CHECKPOINT} (the networks and random streams, to train on from). Each file is written whole or not at
 * all, the JSON last, so a folder with a JSON file has the other two.
 *
 * @param preset     the preset the run was started from (a branch keeps its parent's)
 * @param iterations the iterations the run was to train in all
 * @param settings   the settings it trained with
 * @param checks     its checks, oldest first
 * @param frames     the picture taken at each check
 * @param checkpoint the state at its last check
 */
public record PlaneRunFolder(String preset, int iterations, PlaneSettings settings, List<PlaneCheck> checks,
                             List<PlaneFrame> frames, Checkpoint checkpoint) {
    public static final String RUN = "plane-run.json";
    public static final String PICTURES = "pictures.bin";
    public static final String CHECKPOINT = "checkpoint.ckpt";
    private static final byte[] MAGIC = "GANLABPF".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** More floats than any picture of the playground holds in one array: a guard against a damaged length. */
    private static final int MAX_FLOATS = 1 << 20;

    /** What {@value #RUN} holds. */
    private record Description(int format, String preset, int iterations, PlaneSettings settings,
                               List<PlaneCheck> checks) { }

    public PlaneRunFolder {
        checks = List.copyOf(checks);
        frames = List.copyOf(frames);
    }

    /**
     * The run as far as its last check.
     *
     * @throws IllegalStateException before its first check (there is nothing to save yet)
     */
    public static PlaneRunFolder of(String preset, Playground run) {
        Checkpoint c = run.checkpoint();
        if (c == null) {
            throw new IllegalStateException("the run has no check yet: it can be saved after iteration "
                    + Playground.CHECK_EVERY);
        }
        int n = c.epoch();
        return new PlaneRunFolder(preset, run.iterations(), run.settings(), run.checks().subList(0, n),
                run.frames().subList(0, n), c);
    }

    /** The run trained on with its own settings up to {@code total} iterations in all (its plan when null). */
    public Playground resume(Integer total) {
        return branch(settings, total);
    }

    /**
     * The run trained on with other settings (the same networks: the data, the latent size, the widths, the depth,
     * packing and the spread input may not change) up to {@code total} iterations in all (its plan when null).
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public Playground branch(PlaneSettings changed, Integer total) {
        if (!changed.data().equals(settings.data())) {
            throw new IllegalArgumentException("data: a branch trains on its parent's data");
        }
        Map<String, Object> was = Json.MAPPER.convertValue(settings, Map.class);
        Map<String, Object> now = Json.MAPPER.convertValue(changed, Map.class);
        for (String field : List.of("latentSize", "hidden", "layers", "pack", "minibatchStd", "spectralNorm")) {
            if (!Objects.equals(was.get(field), now.get(field))) {
                throw new IllegalArgumentException(field + ": a branch trains its parent's networks, so it stays "
                        + was.get(field) + " (latentSize, hidden, layers, pack, minibatchStd and spectralNorm shape "
                        + "them)");
            }
        }
        return new Playground(changed, total == null ? iterations : total, checks, frames, checkpoint);
    }

    /** Writes the folder {@code dir} (made if need be); a run already there is replaced. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CheckpointFile.write(dir.resolve(CHECKPOINT), checkpoint);
        AtomicFiles.write(dir.resolve(PICTURES), raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(frames.size());
            for (PlaneFrame f : frames) {
                out.writeInt(f.iteration());
                out.writeDouble(f.extent());
                out.writeInt(f.fieldSize());
                out.writeInt(f.meshSize());
                for (float[] a : List.of(f.real(), f.fake(), f.push(), f.field(), f.mesh())) {
                    out.writeInt(a.length);
                    for (float v : a) {
                        out.writeFloat(v);
                    }
                }
            }
            out.flush();
        });
        AtomicFiles.writeString(dir.resolve(RUN), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new Description(VERSION, preset, iterations, settings, checks)));
    }

    /**
     * Reads the run in {@code dir}.
     *
     * @throws IOException naming the file that is missing, unreadable or does not fit the others
     */
    public static PlaneRunFolder read(Path dir) throws IOException {
        Path json = dir.resolve(RUN);
        Description d;
        try {
            d = Json.MAPPER.readValue(ReadLimits.read(json, ReadLimits.JSON), Description.class);
        } catch (NoSuchFileException e) {
            throw new IOException(dir + " is not a plane run: it has no " + RUN, e);
        } catch (JsonProcessingException e) {
            throw new IOException(json + " is not a plane run's description: " + e.getOriginalMessage(), e);
        }
        if (d.format() != VERSION || d.settings() == null || d.checks() == null || d.checks().isEmpty()) {
            throw new IOException(json + " is not a plane run's description (format " + d.format()
                    + ", settings and at least one check needed)");
        }
        if (d.settings().problem().isPresent()) {
            throw new IOException(json + ": " + d.settings().problem().get());
        }
        if (d.iterations() < 1 || d.iterations() > Playground.MAX_ITERATIONS
                || d.checks().size() > d.iterations() / Playground.CHECK_EVERY + 1) {
            throw new IOException(json + ": iterations " + d.iterations() + " with " + d.checks().size() + " checks; "
                    + "allowed: 1 to " + Playground.MAX_ITERATIONS + ", a check every " + Playground.CHECK_EVERY);
        }
        Checkpoint c = CheckpointFile.read(dir.resolve(CHECKPOINT));
        List<PlaneFrame> frames = readPictures(dir.resolve(PICTURES));
        if (frames.size() != d.checks().size() || c.epoch() != d.checks().size()) {
            throw new IOException(dir + ": " + RUN + " has " + d.checks().size() + " checks but " + PICTURES + " "
                    + frames.size() + " pictures and " + CHECKPOINT + " was taken at check " + c.epoch());
        }
        return new PlaneRunFolder(d.preset(), d.iterations(), d.settings(), d.checks(), frames, c);
    }

    private static List<PlaneFrame> readPictures(Path file) throws IOException {
        ReadLimits.requireRegular(file, ReadLimits.PICTURES);
        try (InputStream raw = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != VERSION) {
                throw new IOException(file + " is not a plane run's pictures");
            }
            int n = in.readInt();
            if (n < 0 || n > 100_000) {
                throw new IOException(file + " is damaged: " + n + " pictures");
            }
            List<PlaneFrame> frames = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int iteration = in.readInt();
                double extent = in.readDouble();
                int fieldSize = in.readInt();
                int meshSize = in.readInt();
                float[][] arrays = new float[5][];
                for (int k = 0; k < arrays.length; k++) {
                    int length = in.readInt();
                    if (length < 0 || length > MAX_FLOATS) {
                        throw new IOException(file + " is damaged: an array of " + length + " numbers");
                    }
                    arrays[k] = new float[length];
                    for (int j = 0; j < length; j++) {
                        arrays[k][j] = in.readFloat();
                    }
                }
                frames.add(new PlaneFrame(iteration, extent, arrays[0], arrays[1], arrays[2], fieldSize, arrays[3],
                        meshSize, arrays[4]));
            }
            return frames;
        } catch (NoSuchFileException e) {
            throw new IOException(file + " is missing", e);
        } catch (EOFException e) {
            throw new IOException(file + " is cut short", e);
        }
    }
}
