package org.ganlab.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneMeasures;

/**
 * The files of a run on points beside those every run has (config.json, metrics.csv, checkpoints, diagnosis.json):
 * <pre>
 *   checks.csv                  a row per check: D's and G's losses and accuracies since the last check, G's coverage
 *   pictures/check-001.bin      the picture at each check: real and G's points, their push, D's field, the mesh
 * </pre>
 * A check is the playground's epoch (every 250 iterations); the checkpoint of check N is checkpoints/epoch-NNN.ckpt.
 */
public final class PlaneRunFiles {
    public static final String CHECKS = "checks.csv";
    public static final String PICTURES = "pictures";
    static final String[] CHECK_COLUMNS = {"iteration", "d_loss_real", "d_loss_fake", "g_loss", "d_acc_real",
        "d_acc_fake", "covered", "high_quality", "kl", "histogram"};
    private static final byte[] MAGIC = "GANLABPF".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** More numbers than any picture of the playground holds in one array: a guard against a damaged length. */
    static final int MAX_FLOATS = 1 << 20;
    /** A picture's file: five arrays of at most {@link #MAX_FLOATS} numbers, and their lengths. */
    static final long MAX_PICTURE_BYTES = 5L * 4 * MAX_FLOATS + 64;
    /** A mode histogram's longest row: a drawn mixture has at most 25 modes, a shape 8 stretches. */
    static final int MAX_MODES = 100;

    private PlaneRunFiles() {
    }

    /** The picture of check {@code check}. */
    public static Path picture(Path run, int check) {
        return run.resolve(PICTURES).resolve(String.format("check-%03d.bin", check));
    }

    /** Writes one picture, whole or not at all. */
    public static void writePicture(Path file, PlaneFrame f) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.write(MAGIC);
            out.writeInt(VERSION);
            writeFrame(out, f);
            out.flush();
        });
    }

    /** One picture's numbers, as written in a picture file (and in the pictures.bin of runs saved before). */
    static void writeFrame(DataOutputStream out, PlaneFrame f) throws IOException {
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

    /**
     * Reads one picture.
     *
     * @throws IOException naming the file when it is missing, too large, not a picture or cut short
     */
    public static PlaneFrame readPicture(Path file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(ReadLimits.read(file, MAX_PICTURE_BYTES)));
        try {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != VERSION) {
                throw new IOException(file + " is not a picture of a run on points");
            }
            return readFrame(in, file);
        } catch (EOFException e) {
            throw new IOException(file + " is cut short", e);
        }
    }

    /** One picture's numbers, each array's length checked before it is made. */
    static PlaneFrame readFrame(DataInputStream in, Path file) throws IOException {
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
            if (length > in.available() / 4) {
                throw new IOException(file + " is cut short (an array of " + length + " numbers, " + in.available()
                        + " bytes left)");
            }
            arrays[k] = new float[length];
            for (int j = 0; j < length; j++) {
                arrays[k][j] = in.readFloat();
            }
        }
        if (fieldSize < 0 || meshSize < 0 || (long) fieldSize * fieldSize != arrays[3].length
                || 2L * meshSize * meshSize != arrays[4].length) {
            throw new IOException(file + " is damaged: its field or mesh does not fit its size");
        }
        return new PlaneFrame(iteration, extent, arrays[0], arrays[1], arrays[2], fieldSize, arrays[3], meshSize,
                arrays[4]);
    }

    /** Writes the checks so far, whole or not at all; numbers in Java's shortest exact form. */
    public static void writeChecks(Path file, List<PlaneCheck> checks) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CHECK_COLUMNS)
                    .setRecordSeparator('\n').build())) {
                for (PlaneCheck c : checks) {
                    PlaneMeasures m = c.measures();
                    csv.printRecord(c.iteration(), c.dLossReal(), c.dLossFake(), c.gLoss(), c.dAccReal(), c.dAccFake(),
                            m.covered(), m.highQuality(), m.kl(), Arrays.stream(m.histogram()).mapToObj(
                                    Integer::toString).collect(Collectors.joining(" ")));
                }
            }
        });
    }

    /**
     * The checks of a run, oldest first.
     *
     * @throws IOException naming the file and the line that cannot be read
     */
    public static List<PlaneCheck> readChecks(Path file) throws IOException {
        List<PlaneCheck> checks = new ArrayList<>();
        try (Reader r = ReadLimits.reader(file, ReadLimits.TABLE);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!csv.getHeaderNames().equals(List.of(CHECK_COLUMNS))) {
                throw new IOException(file + ": the header must be " + String.join(",", CHECK_COLUMNS));
            }
            for (CSVRecord rec : csv) {
                checks.add(check(rec, file));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + " is unreadable: " + e.getMessage(), e);
        }
        return checks;
    }

    private static PlaneCheck check(CSVRecord rec, Path file) throws IOException {
        try {
            String[] cells = rec.get("histogram").isBlank() ? new String[0] : rec.get("histogram").split(" ");
            if (cells.length > MAX_MODES) {
                throw new NumberFormatException(cells.length + " modes");
            }
            int[] histogram = new int[cells.length];
            for (int i = 0; i < cells.length; i++) {
                histogram[i] = Integer.parseInt(cells[i]);
            }
            PlaneMeasures measures = new PlaneMeasures(Integer.parseInt(rec.get("covered")),
                    Double.parseDouble(rec.get("high_quality")), Double.parseDouble(rec.get("kl")), histogram);
            return new PlaneCheck(Integer.parseInt(rec.get("iteration")), Double.parseDouble(rec.get("d_loss_real")),
                    Double.parseDouble(rec.get("d_loss_fake")), Double.parseDouble(rec.get("g_loss")),
                    Double.parseDouble(rec.get("d_acc_real")), Double.parseDouble(rec.get("d_acc_fake")), measures);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + (rec.getRecordNumber() + 1) + " is unreadable ("
                    + e.getMessage() + ")", e);
        }
    }
}
