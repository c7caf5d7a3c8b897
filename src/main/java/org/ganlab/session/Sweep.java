package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.io.FileUtils;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.QualityFile;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunLock;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunRecords;

/**
 * Presets times seeds (and optionally one setting over a list of values): each cell an independent run in its own
 * folder, {@code DIR/<preset>/seed-<S>[/<key>-<value>]}, then one table of every cell's verdicts and figures. A cell
 * whose run completed is skipped, so a stopped sweep goes on where it stopped. Cells can as well be trained by any job
 * runner with {@code train ... --out DIR/<preset>/seed-<S>}; {@link #table} collects whatever folders are there.
 */
public final class Sweep {
    /** The file names of the table, in the sweep's folder. */
    public static final String CSV = "sweep.csv";
    public static final String MARKDOWN = "sweep.md";


    /** One run of the sweep. */
    public record Cell(String preset, long seed, String setting, String value) {
        /** Its folder under the sweep's folder. */
        public Path folder(Path sweep) {
            Path f = sweep.resolve(preset).resolve("seed-" + seed);
            return setting == null ? f : f.resolve(setting + "-" + value);
        }

        /** The cell's configuration: the preset with the seed, the shared changes and the varied value. */
        public ExperimentConfig config(Map<String, String> changes) {
            Map<String, Object> all = new LinkedHashMap<>(changes);
            all.put("seed", seed);
            if (setting != null) {
                all.put(setting, value);
            }
            return ConfigSchema.validate(Presets.get(preset).config().with(all));
        }
    }

    /**
     * One line of the table; {@code quality} is the digit classifier's reading of the last epoch (the second witness
     * beside the verdict: on eights, the share of samples it calls an 8), or null when the run was not scored;
     * {@code floor} the same measures of real images (the Frechet distance's floor), or null when the run's
     * quality.csv has none (measured before there was one).
     */
    public record Row(String preset, long seed, String setting, String value, String status, String verdict,
                      String expected, List<String> epochVerdicts, double[] means, double diversity, double realism,
                      QualityRow quality, QualityRow floor, Path folder) {
        /** The table line the row belongs to: its preset, with the varied setting's value when there is one. */
        public String line() {
            return setting == null ? preset : preset + " (" + setting + "=" + value + ")";
        }

        /** True when the run has a verdict and it is the one its preset promises. */
        public boolean asPromised() {
            return !verdict.isEmpty() && verdict.equals(expected);
        }
    }

    private Sweep() {
    }

    /** Every cell, presets outermost, then seeds, then values. */
    public static List<Cell> cells(List<String> presets, List<Long> seeds, String setting, List<String> values) {
        List<Cell> cells = new ArrayList<>();
        for (String p : presets) {
            Presets.get(p); // an unknown preset is refused before anything runs
            for (long s : seeds) {
                if (setting == null) {
                    cells.add(new Cell(p, s, null, null));
                } else {
                    for (String v : values) {
                        cells.add(new Cell(p, s, setting, v));
                    }
                }
            }
        }
        return cells;
    }

    /**
     * Refuses a folder that is a run's own (it holds a config.json or a plane run): a sweep writes its tables and one
     * folder per cell into its folder, and must not write them into a run.
     */
    public static void requireSweepFolder(Path folder) {
        for (String file : List.of(RunFiles.CONFIG, PlaneRunFolder.LEGACY_RUN)) {
            if (Files.exists(folder.resolve(file))) {
                throw new IllegalArgumentException(folder + " is a run's folder (it holds " + file + "), not a "
                        + "sweep's; give the sweep a folder of its own");
            }
        }
    }

    /** True when the cell's folder holds a completed run with its diagnosis. */
    public static boolean done(Path folder) {
        try {
            return Files.isRegularFile(folder.resolve(RunDiagnosis.FILE))
                    && RunRecords.read(folder.resolve(RunFiles.CONFIG)).status() == RunStatus.COMPLETED;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Trains one cell into its folder, from scratch (a folder an earlier, unfinished attempt left is cleared first).
     * Returns how the run ended.
     */
    public static RunStatus train(Cell cell, Path sweep, Map<String, String> changes, TrainingListener listener,
                                  TrainingControl control) throws IOException {
        Path folder = cell.folder(sweep);
        if (RunLock.held(folder)) {
            throw new IOException(folder + " is being trained by another process right now; nothing was cleared");
        }
        if (Files.exists(folder)) {
            FileUtils.deleteDirectory(folder.toFile());
        }
        RunSession session = RunSession.create(cell.config(changes), cell.preset(), folder, false);
        return session.train(listener, control); // the session writes the diagnosis
    }

    /** How many completed runs {@link #rejudge} judged again, and how many kept their verdict for want of grids. */
    public record Rejudged(int judged, int kept) {
    }

    /**
     * Judges every completed run under the sweep's folder again (rewriting its diagnosis.json). A run kept without
     * its sample grids (a sweep's record keeps only the figures) cannot be judged again and keeps its diagnosis.
     */
    public static Rejudged rejudge(Path sweep) throws IOException {
        int judged = 0;
        int kept = 0;
        for (Path folder : runFolders(sweep)) {
            if (!done(folder)) {
                continue;
            }
            if (Files.isDirectory(folder.resolve(RunFiles.SAMPLES))) {
                RunDiagnosis.diagnose(folder);
                judged++;
            } else {
                kept++;
            }
        }
        return new Rejudged(judged, kept);
    }

    /** The files of a cell a sweep's record keeps: what its table row is built from, without grids or checkpoints. */
    public static final List<String> RECORD_FILES = List.of(RunFiles.CONFIG, RunFiles.METRICS, RunDiagnosis.FILE,
            QualityFile.FILE, QualityFile.DIGITS_FILE);

    /**
     * Copies every completed cell of the sweep into the record folder (same layout), keeping only
     * {@link #RECORD_FILES}; an unfinished cell is left out, and a cell already in the record is replaced file by file,
     * each file written whole or not at all. Then rebuilds the record's table. Returns the cells copied.
     */
    public static int record(Path sweep, Path record) throws IOException {
        if (record.toAbsolutePath().normalize().startsWith(sweep.toAbsolutePath().normalize())) {
            // inside it, the record's own cells would be found and copied into the record again on the next run
            throw new IllegalArgumentException("the record folder is the sweep's own folder or inside it: " + record);
        }
        int copied = 0;
        for (Path folder : runFolders(sweep)) {
            if (!done(folder)) {
                continue;
            }
            Path target = record.resolve(sweep.relativize(folder).toString());
            for (String name : RECORD_FILES) {
                Path from = folder.resolve(name);
                if (Files.isRegularFile(from)) {
                    AtomicFiles.write(target.resolve(name), out -> Files.copy(from, out));
                }
            }
            copied++;
        }
        table(record);
        return copied;
    }

    /** Every folder under the sweep's folder that holds a run's config.json, finished or not. */
    private static List<Path> runFolders(Path sweep) throws IOException {
        try (var walk = Files.walk(sweep)) {
            return walk.filter(p -> p.getFileName().toString().equals(RunFiles.CONFIG)).map(Path::getParent).toList();
        }
    }

    /** The rows of every run folder under the sweep's folder (preset, seed and value order). */
    public static List<Row> rows(Path sweep) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path folder : runFolders(sweep)) {
            rows.add(row(sweep, folder));
        }
        // presets in the lab's order (the reference runs first), then any other preset by name
        List<String> order = Presets.all().stream().map(Preset::name).toList();
        rows.sort(Comparator.comparingInt((Row r) -> order.contains(r.preset()) ? order.indexOf(r.preset())
                        : order.size()).thenComparing(r -> r.preset() == null ? "" : r.preset()).thenComparingLong(Row::seed)
                .thenComparing(r -> r.value() == null ? "" : r.value()));
        return rows;
    }

    private static Row row(Path sweep, Path folder) throws IOException {
        RunRecord record = RunRecords.read(folder.resolve(RunFiles.CONFIG));
        Path relative = sweep.relativize(folder);
        String setting = null;
        String value = null;
        if (relative.getNameCount() >= 3) {
            String last = relative.getFileName().toString();
            int dash = last.indexOf('-');
            setting = dash > 0 ? last.substring(0, dash) : last;
            value = dash > 0 ? last.substring(dash + 1) : "";
        }
        Diagnosis d = RunDiagnosis.read(folder);
        Path metricsFile = folder.resolve(RunFiles.METRICS);
        // a cell whose process died before its first iteration has no metrics yet: a row without figures
        List<IterationMetrics> metrics = Files.isRegularFile(metricsFile) ? RunFiles.readMetrics(metricsFile).rows()
                : List.of();
        List<IterationMetrics> last = metrics.subList(Math.max(0, metrics.size() - 150), metrics.size());
        double[] means = new double[5];
        if (last.isEmpty()) {
            Arrays.fill(means, Double.NaN);
        }
        for (IterationMetrics m : last) {
            double[] v = {m.dLossReal(), m.dLossFake(), m.gLoss(), m.dAccReal(), m.dAccFake()};
            for (int i = 0; i < 5; i++) {
                means[i] += v[i] / last.size();
            }
        }
        List<String> epochVerdicts = d == null ? List.of()
                : d.epochs().stream().map(e -> e.verdict().label()).toList();
        var lastEpoch = d == null || d.epochs().isEmpty() ? null : d.epochs().get(d.epochs().size() - 1);
        List<QualityRow> quality = QualityFile.read(folder.resolve(QualityFile.FILE));
        return new Row(record.preset(), record.config().seed(), setting, value,
                record.status().name().toLowerCase(Locale.ROOT), d == null ? "" : d.verdict().label(),
                record.preset() == null ? "" : Presets.find(record.preset()).map(Preset::expect)
                        .orElse(""), epochVerdicts,
                means, lastEpoch == null ? Double.NaN : lastEpoch.diversity() / d.realDiversity(),
                lastEpoch == null ? Double.NaN : lastEpoch.realism(),
                quality.isEmpty() ? null : quality.get(quality.size() - 1),
                QualityFile.readReal(folder.resolve(QualityFile.FILE)), relative);
    }

    /** Writes sweep.csv and sweep.md into the sweep's folder from the run folders there; returns the rows. */
    public static List<Row> table(Path sweep) throws IOException {
        List<Row> rows = rows(sweep);
        SweepTable.write(sweep, rows);
        return rows;
    }
}
