package org.ganlab.run;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ganlab.records.QualityRow;
import org.slf4j.LoggerFactory;

/**
 * A run's quality.csv (the classifier's measures per epoch) and the digits.csv beside it (how many samples the
 * classifier gave each digit): their format, reading and writing.
 */
public final class QualityFile {
    public static final String FILE = "quality.csv";
    /** Beside it: how many samples the classifier gave each digit, per epoch (epoch,d0,...,d9). */
    public static final String DIGITS_FILE = "digits.csv";
    /**
     * The columns: the Inception-style score as the papers give it (mean and standard deviation over 10 splits) and
     * over all samples at once (one pass). Files written before the split score have the one-pass score alone, under
     * inception_score.
     */
    public static final String[] COLUMNS = {"epoch", "modes", "kl", "inception_score", "inception_score_sd",
        "inception_score_one_pass", "frechet_distance", "precision", "recall"};
    /**
     * The row of epoch 0 is not an epoch: it holds the same measures of as many real training images as the run
     * samples, scored against the same reference: the floor (or ceiling) a perfect generator reaches at this size.
     */
    public static final int REAL = 0;

    private QualityFile() {
    }

    /**
     * The epochs' rows of a quality.csv, with each epoch's digit histogram from the digits.csv beside it (null where
     * that is missing), or none when there is no quality.csv.
     */
    public static List<QualityRow> read(Path file) throws IOException {
        return readAll(file).stream().filter(r -> r.epoch() != REAL).toList();
    }

    /** The real images' row of a quality.csv ({@link #REAL}), or null when it has none (older runs). */
    public static QualityRow readReal(Path file) throws IOException {
        return readAll(file).stream().filter(r -> r.epoch() == REAL).findFirst().orElse(null);
    }

    private static List<QualityRow> readAll(Path file) throws IOException {
        List<QualityRow> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        Map<Integer, int[]> histograms = new HashMap<>();
        Path digits = file.resolveSibling(DIGITS_FILE);
        try {
            if (Files.isRegularFile(digits)) {
                try (var in = ReadLimits.reader(digits, ReadLimits.TABLE)) {
                    for (var r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                        int[] h = new int[10];
                        for (int d = 0; d < 10; d++) {
                            h[d] = Integer.parseInt(r.get("d" + d));
                        }
                        histograms.put(Integer.parseInt(r.get("epoch")), h);
                    }
                }
            }
            try (var in = ReadLimits.reader(file, ReadLimits.TABLE)) {
                var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
                boolean split = parser.getHeaderMap().containsKey("inception_score_one_pass");
                for (var r : parser) {
                    int epoch = Integer.parseInt(r.get("epoch"));
                    double score = Double.parseDouble(r.get("inception_score"));
                    rows.add(new QualityRow(epoch, Integer.parseInt(r.get("modes")), Double.parseDouble(r.get("kl")), score,
                            split ? Double.parseDouble(r.get("inception_score_sd")) : Double.NaN,
                            split ? Double.parseDouble(r.get("inception_score_one_pass")) : score,
                            Double.parseDouble(r.get("frechet_distance")), Double.parseDouble(r.get("precision")),
                            Double.parseDouble(r.get("recall")), histograms.get(epoch)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " or " + DIGITS_FILE + " is not a quality table: " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * The rows of a run folder's quality.csv, or none when it has none or it cannot be read (that is logged): for
     * readers to whom the measures are a bonus, such as the diagnosis and a continuation.
     */
    public static List<QualityRow> readOrNone(Path runDir) {
        try {
            return read(runDir.resolve(FILE));
        } catch (IOException e) {
            LoggerFactory.getLogger(QualityFile.class).warn("{}: the quality measures are left out ({})", runDir,
                    e.getMessage());
            return List.of();
        }
    }

    /** Writes the epochs' rows, after the real images' row when it is given ({@code real}, may be null). */
    public static void write(Path file, QualityRow real, List<QualityRow> epochs) throws IOException {
        List<QualityRow> all = new ArrayList<>();
        if (real != null) {
            all.add(real);
        }
        all.addAll(epochs);
        write(file, all);
    }

    public static void write(Path file, List<QualityRow> rows) throws IOException {
        StringWriter digits = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(digits, CSVFormat.DEFAULT.builder().setHeader("epoch", "d0", "d1", "d2",
                "d3", "d4", "d5", "d6", "d7", "d8", "d9").setRecordSeparator('\n').build())) {
            for (QualityRow r : rows) {
                if (r.histogram() != null) {
                    List<Object> record = new ArrayList<>();
                    record.add(r.epoch());
                    for (int c : r.histogram()) {
                        record.add(c);
                    }
                    out.printRecord(record);
                }
            }
        }
        AtomicFiles.writeString(file.resolveSibling(DIGITS_FILE), digits.toString());
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(COLUMNS)
                .setRecordSeparator('\n').build())) {
            for (QualityRow r : rows) {
                out.printRecord(r.epoch(), r.modes(), f(r.kl()), f(r.inceptionScore()), f(r.inceptionScoreSd()),
                        f(r.inceptionScoreOnePass()), f(r.frechetDistance()), f(r.precision()), f(r.recall()));
            }
        }
        AtomicFiles.writeString(file, text.toString());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
