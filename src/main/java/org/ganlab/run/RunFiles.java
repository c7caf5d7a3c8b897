package org.ganlab.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.FileUtils;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ganlab.config.ConfigSchema;
import org.ganlab.records.GridScores;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;

/**
 * The layout of a run directory:
 * <pre>
 *   config.json                 resolved configuration, backend, versions, timing, status
 *   metrics.csv                 one row per iteration (columns of IterationMetrics.COLUMNS)
 *   samples/epoch-001.png       10x10 grid from the fixed latent points, after each epoch
 *   samples/epoch-001-fresh.png grid from fresh latent points (when asked for)
 *   samples/epoch-001-d.csv     D's probability of "real" for each image of the grid and each real image beside it
 *   generator/epoch-001.bin     G's parameters after each epoch (when kept)
 *   curves.png                  losses above, accuracies below
 *   held-out.csv                D's accuracy on seen and unseen real images per epoch (when the data is capped)
 *   checkpoints/epoch-001.ckpt  the complete training state after an epoch (the newest and every Kth are kept)
 * </pre>
 */
public final class RunFiles {
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.csv";
    public static final String CURVES = "curves.png";
    public static final String SAMPLES = "samples";
    public static final String GENERATOR = "generator";
    public static final String HELD_OUT = "held-out.csv";
    public static final String CHECKPOINTS = "checkpoints";
    private static final String[] HELD_OUT_COLUMNS = {"epoch", "d_acc_seen", "d_acc_unseen"};
    private static final String[] SCORE_COLUMNS = {"image", "d_fake", "d_real"};

    /** The highest epoch a run can reach (the epochs setting's upper bound). */
    public static final int MAX_EPOCH = ConfigSchema.MAX_EPOCHS;

    private RunFiles() {
    }

    /**
     * The epoch in a file name's digits ({@code 007} of {@code epoch-007.png}), or -1 when it is beyond any epoch a
     * run reaches (a name the lab did not write, however many digits it has).
     */
    public static int epochNumber(String digits) {
        if (digits.length() > 6) {
            return -1;
        }
        int epoch = Integer.parseInt(digits);
        return epoch <= MAX_EPOCH ? epoch : -1;
    }

    /**
     * Copies the run in {@code from} into {@code to}, a new or empty folder (Save run…): every file but its lock.
     *
     * @throws IOException when {@code to} holds files or a file cannot be copied
     */
    public static void copyRun(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (var entries = Files.list(to)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("the folder is not empty");
                }
            }
        }
        FileUtils.copyDirectory(from.toFile(), to.toFile(), f -> !f.getName().equals(RunLock.FILE));
    }

    /**
     * Refuses a run folder whose own folders or lock are links: written through, they would put the run's files
     * somewhere else (a run folder handed round could point its samples folder at any folder of the reader's).
     *
     * @throws IOException naming the link
     */
    public static void requireOwnParts(Path run) throws IOException {
        for (String part : new String[] {SAMPLES, GENERATOR, CHECKPOINTS, PlaneRunFiles.PICTURES, RunLock.FILE}) {
            Path p = run.resolve(part);
            if (Files.isSymbolicLink(p)) {
                throw new IOException(p + " is a link; a run's files stay inside its folder (replace the link by "
                        + "a folder of its own, or remove it)");
            }
        }
    }

    public static Path samples(Path run, int epoch) {
        return run.resolve(SAMPLES).resolve(String.format("epoch-%03d.png", epoch));
    }

    public static Path freshSamples(Path run, int epoch) {
        return run.resolve(SAMPLES).resolve(String.format("epoch-%03d-fresh.png", epoch));
    }

    public static Path scores(Path run, int epoch) {
        return run.resolve(SAMPLES).resolve(String.format("epoch-%03d-d.csv", epoch));
    }

    public static Path generator(Path run, int epoch) {
        return run.resolve(GENERATOR).resolve(String.format("epoch-%03d.bin", epoch));
    }

    public static Path checkpoint(Path run, int epoch) {
        return run.resolve(CHECKPOINTS).resolve(String.format("epoch-%03d.ckpt", epoch));
    }

    /** Writes the metrics as CSV; numbers in Java's shortest exact form so that they read back unchanged. */
    public static void writeMetrics(Path file, List<IterationMetrics> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(IterationMetrics.COLUMNS).setRecordSeparator('\n').build())) {
                for (IterationMetrics m : rows) {
                    double[] v = m.values();
                    List<String> cells = new ArrayList<>(v.length);
                    cells.add(Integer.toString(m.iteration()));
                    cells.add(Integer.toString(m.epoch()));
                    for (int i = 2; i < v.length; i++) {
                        cells.add(Double.toString(v[i]));
                    }
                    csv.printRecord(cells);
                }
            }
        });
    }

    /** Metrics read from a CSV file, with the problems met (bad rows are skipped, not fatal). */
    public record MetricsRead(List<IterationMetrics> rows, List<String> problems) { }

    /**
     * The metrics of a run. A row that cannot be read is skipped and named; so is a last row cut short (the lab ends
     * every row with a line break, so a file that does not end in one was cut mid-row): it is dropped, never read as a
     * row with missing values.
     *
     * @throws IOException when the file cannot be read at all, is not a regular file, is larger than
     *                     {@link ReadLimits#METRICS} or lacks the columns' header
     */
    public static MetricsRead readMetrics(Path file) throws IOException {
        List<IterationMetrics> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        byte[] bytes = ReadLimits.read(file, ReadLimits.METRICS);
        boolean cut = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> header = csv.getHeaderNames();
            for (int i = 0; i < 7; i++) {
                if (header.size() <= i || !header.get(i).equals(IterationMetrics.COLUMNS[i])) {
                    throw new IOException(file + ": header must start with "
                            + String.join(",", Arrays.copyOf(IterationMetrics.COLUMNS, 7)));
                }
            }
            CSVRecord held = null; // each row is read once the next has begun, so the last one is known as such
            for (CSVRecord rec : csv) {
                if (rows.size() >= ConfigSchema.MAX_ITERATIONS) {
                    problems.add(file.getFileName() + " holds more rows than a run trains iterations ("
                            + ConfigSchema.MAX_ITERATIONS + "); the rest were not read");
                    held = null;
                    break;
                }
                if (held != null) {
                    readRow(held, header.size(), file, rows, problems);
                }
                held = rec;
            }
            if (held != null && cut) {
                problems.add(file.getFileName() + " line " + (held.getRecordNumber() + 1) + ": the last row is cut "
                        + "short (the file ends mid-row); dropped");
            } else if (held != null) {
                readRow(held, header.size(), file, rows, problems);
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            problems.add(file.getFileName() + ": " + e.getMessage());
        }
        return new MetricsRead(rows, problems);
    }

    /** One row of metrics.csv into {@code rows}, or a problem naming its line when it cannot be read. */
    private static void readRow(CSVRecord rec, int columns, Path file, List<IterationMetrics> rows,
                                List<String> problems) {
        try {
            if (rec.size() != columns) {
                throw new NumberFormatException(rec.size() + " cells");
            }
            double[] v = new double[IterationMetrics.COLUMNS.length];
            for (int i = 0; i < v.length; i++) {
                String name = IterationMetrics.COLUMNS[i];
                v[i] = rec.isMapped(name) && rec.isSet(name) ? Double.parseDouble(rec.get(name)) : Double.NaN;
            }
            rows.add(IterationMetrics.of(v));
        } catch (NumberFormatException | IllegalStateException e) {
            // record 1 is the first row after the header, on line 2
            problems.add(file.getFileName() + " line " + (rec.getRecordNumber() + 1) + ": unreadable row skipped");
        }
    }

    /** Writes D's per-epoch accuracy on seen and unseen real images (epoch order). */
    public static void writeHeldOut(Path file, SortedMap<Integer, HeldOutCheck> checks) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(HELD_OUT_COLUMNS).setRecordSeparator('\n').build())) {
                for (var e : checks.entrySet()) {
                    csv.printRecord(e.getKey(), e.getValue().seen(), e.getValue().unseen());
                }
            }
        });
    }

    /** The per-epoch held-out checks of a run; empty when the file is missing, with a problem when it is unreadable. */
    public static Map<Integer, HeldOutCheck> readHeldOut(Path file, List<String> problems) {
        Map<Integer, HeldOutCheck> checks = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return checks;
        }
        try (Reader r = ReadLimits.reader(file, ReadLimits.TABLE);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : csv) {
                checks.put(Integer.parseInt(rec.get("epoch")), new HeldOutCheck(
                        Double.parseDouble(rec.get("d_acc_seen")), Double.parseDouble(rec.get("d_acc_unseen"))));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file.getFileName() + " is unreadable (" + e.getMessage() + ")");
        }
        return checks;
    }

    /**
     * Writes D's scores of one epoch: a row per image, the grid's score and the real image's; NaN for an image D did
     * not judge, empty where there is no image (fewer real images than the grid holds).
     */
    public static void writeScores(Path file, GridScores scores) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(SCORE_COLUMNS).setRecordSeparator('\n').build())) {
                for (int i = 0; i < Math.max(scores.fake().length, scores.real().length); i++) {
                    csv.printRecord(i, cell(scores.fake(), i), cell(scores.real(), i));
                }
            }
        });
    }

    private static String cell(float[] values, int i) {
        return i < values.length ? Float.toString(values[i]) : "";
    }

    /** D's scores of one epoch, or null when the file is missing or unreadable (a run from before they were kept). */
    public static GridScores readScores(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (Reader r = ReadLimits.reader(file, ReadLimits.TABLE);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord rec : csv) {
                rows.add(new String[] {rec.get("d_fake"), rec.get("d_real")});
            }
            return new GridScores(column(rows, 0), column(rows, 1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One column of scores, cut after its last filled cell. */
    private static float[] column(List<String[]> rows, int c) {
        int n = rows.size();
        while (n > 0 && rows.get(n - 1)[c].isEmpty()) {
            n--;
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Float.parseFloat(rows.get(i)[c]);
        }
        return out;
    }
}
