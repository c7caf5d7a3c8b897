package org.ganlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/): a big-endian magic number
 * (0x00000803 for an image file, 0x00000801 for a label file), the dimension sizes, then unsigned bytes. Files may be
 * raw or gzipped; gzip is recognised by its own magic bytes, not by the file name.
 */
public final class IdxReader {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    /** Images as unsigned bytes, row-major, one image after another. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
    }

    private IdxReader() {
    }

    public static Images readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            int magic = readHeader(in, file);
            if (magic != IMAGES_MAGIC) {
                throw new DataException(file, String.format(
                        "wrong magic number 0x%08X; an IDX image file starts with 0x%08X", magic, IMAGES_MAGIC));
            }
            int count = readDimension(in, file, "image count");
            int rows = readDimension(in, file, "row count");
            int cols = readDimension(in, file, "column count");
            long size = (long) count * rows * cols;
            if (size > Integer.MAX_VALUE - 16) {
                throw new DataException(file, "too large: " + count + " images of " + rows + "x" + cols);
            }
            byte[] pixels = new byte[(int) size];
            readFully(in, pixels, file, count + " images of " + rows + "x" + cols);
            return new Images(count, rows, cols, pixels);
        }
    }

    public static byte[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            int magic = readHeader(in, file);
            if (magic != LABELS_MAGIC) {
                throw new DataException(file, String.format(
                        "wrong magic number 0x%08X; an IDX label file starts with 0x%08X", magic, LABELS_MAGIC));
            }
            int count = readDimension(in, file, "label count");
            byte[] labels = new byte[count];
            readFully(in, labels, file, count + " labels");
            return labels;
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file, "file not found");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        return new DataInputStream(in);
    }

    private static int readHeader(DataInputStream in, Path file) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new DataException(file, "truncated: shorter than the 4-byte IDX magic number");
        }
    }

    private static int readDimension(DataInputStream in, Path file, String what) throws IOException {
        try {
            int n = in.readInt();
            if (n < 0) {
                throw new DataException(file, "negative " + what + " " + n);
            }
            return n;
        } catch (EOFException e) {
            throw new DataException(file, "truncated: the header ends before the " + what);
        }
    }

    private static void readFully(DataInputStream in, byte[] target, Path file, String what) throws IOException {
        int read = 0;
        try {
            while (read < target.length) {
                int n = in.read(target, read, target.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (EOFException e) {
            // a truncated gzip stream ends like this; reported below with the byte count
        } catch (ZipException e) {
            throw new DataException(file, "corrupt gzip data (" + e.getMessage() + ")");
        }
        if (read < target.length) {
            throw new DataException(file, "truncated: the header promises " + what + " (" + target.length
                    + " bytes) but only " + read + " bytes follow");
        }
    }
}
