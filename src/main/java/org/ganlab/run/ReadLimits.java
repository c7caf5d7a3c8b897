package org.ganlab.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The largest file of each kind the lab reads, checked before its contents are: a run folder can come from anywhere,
 * and a file linked to {@code /dev/zero} or grown to gigabytes must be refused by name rather than read until memory
 * runs out. Only regular files are read (not devices, pipes or folders), and never more than the limit, even when a
 * file grows while it is read.
 */
public final class ReadLimits {
    /** A run's or a plane run's description, a diagnosis (config.json, plane-run.json, diagnosis.json). */
    public static final long JSON = 64L << 20;
    /** metrics.csv: a row per iteration (about 200 bytes), for the million iterations a run may train. */
    public static final long METRICS = 256L << 20;
    /** The small tables: held-out.csv, quality.csv, digits.csv and D's scores per epoch. */
    public static final long TABLE = 64L << 20;
    /** A checkpoint: both networks with their optimiser states, for the largest networks that fit in memory. */
    public static final long CHECKPOINT = 1L << 30;
    /** A plane run's pictures, one per check. */
    public static final long PICTURES = 1L << 30;

    private ReadLimits() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws IOException naming the file when it is missing, not a regular file or larger than {@code max}
     */
    public static byte[] read(Path file, long max) throws IOException {
        requireRegular(file, max);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (bytes.length > max) {
            throw tooLarge(file, max);
        }
        return bytes;
    }

    /** The text of {@code file} (UTF-8) as a reader, after the same checks as {@link #read}. */
    public static Reader reader(Path file, long max) throws IOException {
        return new InputStreamReader(new ByteArrayInputStream(read(file, max)), StandardCharsets.UTF_8);
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code max} bytes.
     *
     * @throws IOException naming the file and what is wrong
     */
    public static void requireRegular(Path file, long max) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "does not exist");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused(file, "is not a regular file (" + (attributes.isDirectory() ? "a folder"
                    : "a device, pipe or socket") + ")");
        }
        if (attributes.size() > max) {
            throw tooLarge(file, max);
        }
    }

    private static Refused tooLarge(Path file, long max) {
        return new Refused(file, "is larger than the " + describe(max) + " such a file may take; it is not one the "
                + "lab wrote");
    }

    /** A file refused before it was read: the file, then why. */
    public static final class Refused extends IOException {
        private final String reason;

        Refused(Path file, String reason) {
            super(file + " " + reason);
            this.reason = reason;
        }

        /** Why, without the file's name: "is not a regular file (a device, pipe or socket)". */
        public String reason() {
            return reason;
        }
    }

    /** A byte count in words: "64 MB", "1 GB". */
    static String describe(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GB" : bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
