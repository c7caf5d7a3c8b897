package org.ganlab.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.NamedArray;

/**
 * The checkpoint file, {@code checkpoints/epoch-NNN.ckpt}. Big-endian, version 1:
 * <pre>
 *   8 bytes   magic "GANLABCK"
 *   int       format version (1)
 *   int       epoch, int iteration, double seconds
 *   int       G's updates, int D's updates
 *   long[2]   the trainer's ND4J random state
 *   int n     then n bytes: the image sampler's state (a serialised java.util.Random)
 *   int count then, per array: UTF-8 name (Java's modified UTF), int rank, long[rank] shape
 *   floats    the arrays' values, in the order of the header
 *   long      CRC-32 of every byte before it
 * </pre>
 * The header lists every shape before any data, so a reader can check a file against a configuration cheaply.
 * Files are written under a temporary name and renamed: a reader never sees half a checkpoint.
 */
public final class CheckpointFile {
    public static final int VERSION = 1;
    private static final byte[] MAGIC = "GANLABCK".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NAME = Pattern.compile("epoch-(\\d{3,})\\.ckpt");
    private static final int MAX_ARRAYS = 1000;
    private static final int MAX_RANK = 8;

    private CheckpointFile() {
    }

    /** Writes the checkpoint atomically. */
    public static void write(Path file, Checkpoint c) throws IOException {
        AtomicFiles.write(file, raw -> {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            CRC32 crc = new CRC32();
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(c.epoch());
            out.writeInt(c.iteration());
            out.writeDouble(c.seconds());
            out.writeInt(c.generatorUpdates());
            out.writeInt(c.discriminatorUpdates());
            out.writeLong(c.randomStates()[0]);
            out.writeLong(c.randomStates()[1]);
            out.writeInt(c.sampling().length);
            out.write(c.sampling());
            out.writeInt(c.arrays().size());
            for (NamedArray a : c.arrays()) {
                out.writeUTF(a.name());
                out.writeInt(a.shape().length);
                for (long d : a.shape()) {
                    out.writeLong(d);
                }
            }
            for (NamedArray a : c.arrays()) {
                ByteBuffer bytes = ByteBuffer.allocate(4 * a.values().length);
                bytes.asFloatBuffer().put(a.values());
                out.write(bytes.array());
            }
            out.flush();
            new DataOutputStream(buffered).writeLong(crc.getValue());
            buffered.flush();
        });
    }

    /**
     * Reads and checks a checkpoint.
     *
     * @throws CheckpointException naming the file and what is wrong with it: missing, not a checkpoint, another
     *                             format version, truncated or corrupted
     */
    public static Checkpoint read(Path file) throws CheckpointException {
        byte[] all;
        try {
            all = ReadLimits.read(file, ReadLimits.CHECKPOINT);
        } catch (NoSuchFileException e) {
            throw new CheckpointException(file, "does not exist");
        } catch (ReadLimits.Refused e) {
            throw new CheckpointException(file, e.reason());
        } catch (IOException e) {
            throw new CheckpointException(file, "cannot be read (" + e.getMessage() + ")");
        }
        int prefix = Math.min(all.length, MAGIC.length);
        if (!Arrays.equals(all, 0, prefix, MAGIC, 0, prefix) || all.length == 0) {
            throw new CheckpointException(file, "is not a GAN Lab checkpoint");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
        try {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != VERSION) {
                throw new CheckpointException(file, "has format version " + version + "; this GAN Lab reads version "
                        + VERSION);
            }
            int epoch = in.readInt();
            int iteration = in.readInt();
            double seconds = in.readDouble();
            int gUpdates = in.readInt();
            int dUpdates = in.readInt();
            long[] random = {in.readLong(), in.readLong()};
            byte[] sampling = in.readNBytes(checkedCount(in.readInt(), all.length, file, "sampler state"));
            int count = checkedCount(in.readInt(), MAX_ARRAYS, file, "array count");
            List<String> names = new ArrayList<>(count);
            List<long[]> shapes = new ArrayList<>(count);
            long floats = 0;
            for (int i = 0; i < count; i++) {
                names.add(in.readUTF());
                long[] shape = new long[checkedCount(in.readInt(), MAX_RANK, file, "rank")];
                long n = 1;
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readLong();
                    if (shape[d] < 0 || shape[d] > Integer.MAX_VALUE / 4 || n * shape[d] > Integer.MAX_VALUE / 4) {
                        throw new CheckpointException(file, "is corrupted (array " + names.get(i) + " has a bad shape)");
                    }
                    n *= shape[d];
                }
                floats += n;
                shapes.add(shape);
            }
            long headerEnd = all.length - in.available();
            long expected = headerEnd + 4 * floats + 8;
            if (all.length < expected) {
                throw new CheckpointException(file, "is truncated (" + all.length + " of " + expected + " bytes)");
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, (int) (expected - 8));
            long stored = ByteBuffer.wrap(all, (int) (expected - 8), 8).getLong();
            if (stored != crc.getValue() || all.length != expected) {
                throw new CheckpointException(file, "is corrupted (its checksum does not match its contents)");
            }
            List<NamedArray> arrays = new ArrayList<>(count);
            int offset = (int) headerEnd;
            for (int i = 0; i < count; i++) {
                float[] values = new float[(int) lengthOf(shapes.get(i))];
                ByteBuffer.wrap(all, offset, 4 * values.length).asFloatBuffer().get(values);
                offset += 4 * values.length;
                arrays.add(new NamedArray(names.get(i), shapes.get(i), values));
            }
            return new Checkpoint(epoch, iteration, seconds, gUpdates, dUpdates, random, sampling, arrays);
        } catch (CheckpointException e) {
            throw e;
        } catch (EOFException e) {
            throw new CheckpointException(file, "is truncated");
        } catch (IOException e) {
            throw new CheckpointException(file, "is corrupted (" + e.getMessage() + ")");
        }
    }

    private static int checkedCount(int n, long max, Path file, String what) throws CheckpointException {
        if (n < 0 || n > max) {
            throw new CheckpointException(file, "is corrupted (" + what + " " + n + ")");
        }
        return n;
    }

    private static long lengthOf(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    /** The epochs of a run that have a checkpoint file, ascending (empty when there are none). */
    public static List<Integer> epochs(Path run) throws IOException {
        Path folder = run.resolve(RunFiles.CHECKPOINTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> NAME.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> RunFiles.epochNumber(m.group(1))).filter(e -> e >= 0).sorted().toList();
        }
    }

    /** A checkpoint that cannot be used, with the reason in words. */
    public static final class CheckpointException extends IOException {
        public CheckpointException(Path file, String problem) {
            super(file + " " + problem);
        }
    }
}
