package org.ganlab.quality;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The classifier's weights as DL4J's {@code ModelSerializer} writes them (a zip of {@code configuration.json} and
 * {@code coefficients.bin}), read without DL4J's reader: that one deserialises Java objects named by the file (its
 * {@code preprocessor.bin} and {@code normalizer.bin} entries) and builds the layers the JSON names. Here the network is
 * the one {@link DigitClassifier} builds in code, and only its parameters come from the file: one array of floats in
 * ND4J's binary layout, checked against the network's parameter count before it is read. A file with any other entry
 * is refused by name, so nothing a user hands in can name a class to load.
 */
final class ClassifierFile {
    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";
    /** Far more than the shipped classifier (0.5 MB) takes, zipped or not. */
    static final long MAX_BYTES = 16L << 20;
    private static final Set<String> ENTRIES = Set.of(CONFIGURATION, COEFFICIENTS);
    private static final int MAX_SHAPE_LONGS = 64;

    private ClassifierFile() {
    }

    /**
     * The {@code count} parameters stored in {@code file}.
     *
     * @throws IOException naming the file and what is wrong: missing, too large, not a zip, an entry the lab does not
     *                     read, or parameters of another network
     */
    static float[] parameters(Path file, long count) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no classifier weights there (resources/classifier/README.md says how to "
                    + "make them)");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": " + Files.size(file) + " bytes; the classifier's weights take at most "
                    + MAX_BYTES + " bytes");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry coefficients = null;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                if (!ENTRIES.contains(e.getName())) {
                    throw new IOException(file + ": holds " + e.getName() + ", which GAN Lab does not read (only "
                            + CONFIGURATION + " and " + COEFFICIENTS + "; serialised objects are never loaded)");
                }
                if (e.getName().equals(COEFFICIENTS)) {
                    coefficients = e;
                }
            }
            if (coefficients == null) {
                throw new IOException(file + ": not a classifier's weights (no " + COEFFICIENTS + " inside)");
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(coefficients)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new IOException(file + ": " + COEFFICIENTS + " unpacks to more than " + MAX_BYTES + " bytes");
            }
            return floats(bytes, count, file);
        } catch (ZipException e) {
            throw new IOException(file + ": not a readable classifier (not a zip file: " + e.getMessage() + ")", e);
        }
    }

    /**
     * The floats of ND4J's binary array layout: the shape buffer (allocation mode, length, type, values), then the
     * data buffer (allocation mode, length, FLOAT, big-endian floats), which must hold exactly {@code count} values.
     */
    static float[] floats(byte[] bytes, long count, Path file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            in.readUTF();
            long shapeLength = in.readLong();
            String shapeType = in.readUTF();
            int width = switch (shapeType) {
                case "LONG" -> 8;
                case "INT" -> 4;
                default -> throw new IOException(file + ": " + COEFFICIENTS + " has a shape of type " + shapeType);
            };
            if (shapeLength < 0 || shapeLength > MAX_SHAPE_LONGS) {
                throw new IOException(file + ": " + COEFFICIENTS + " is damaged (a shape of " + shapeLength
                        + " values)");
            }
            in.skipNBytes(shapeLength * width);
            in.readUTF();
            long length = in.readLong();
            String type = in.readUTF();
            if (!type.equals("FLOAT")) {
                throw new IOException(file + ": " + COEFFICIENTS + " holds " + type + " values; the classifier's are "
                        + "FLOAT");
            }
            if (length != count) {
                throw new IOException(file + ": a network of " + length + " parameters, but not the lab's digit "
                        + "classifier (" + count + ")");
            }
            if (in.available() != 4 * count) {
                throw new IOException(file + ": " + COEFFICIENTS + " is damaged (" + in.available() + " bytes of "
                        + "values where " + 4 * count + " were expected)");
            }
            float[] values = new float[(int) count];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readFloat();
            }
            return values;
        } catch (EOFException e) {
            throw new IOException(file + ": " + COEFFICIENTS + " is cut short", e);
        }
    }
}
