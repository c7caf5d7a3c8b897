package org.ganlab.session;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ganlab.config.DigitSelection;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.MnistDigits;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.quality.QualityMeasures;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.RunReader;
import org.ganlab.train.LatentWalk;

/**
 * The published sample-quality measures of a run, epoch by epoch: for every epoch whose generator the run kept, N
 * fresh samples are classified and compared with the MNIST test images of the run's digits (all ten, or the eights
 * of the reference experiment), and the figures are written to quality.csv. Beside them the same Frechet distance
 * between two halves of those test images: the floor a perfect generator would reach at this sample size.
 */
public final class QualityReport {
    public static final String FILE = "quality.csv";
    public static final String[] COLUMNS = {"epoch", "modes", "kl", "inception_score", "frechet_distance", "precision",
        "recall"};

    /** One epoch's measures; {@code histogram} counts the samples the classifier gives each digit. */
    public record Row(int epoch, int modes, double kl, double inceptionScore, double frechetDistance,
                      double precision, double recall, int[] histogram) { }

    /** The measures of a run and the real-against-real Frechet distance at the same sample size. */
    public record Report(List<Row> rows, double realFrechetDistance, int samples, String reference) { }

    private QualityReport() {
    }

    /**
     * Measures every epoch of the run in {@code dir} with a kept generator and writes quality.csv.
     *
     * @throws IOException naming the run, the classifier or the data when they cannot be used
     */
    public static Report measure(Path dir, DigitClassifier classifier, int samples, java.util.function.IntConsumer progress)
            throws IOException {
        RunReader.OpenedRun run = RunReader.open(dir);
        if (run.record() == null || run.record().config() == null) {
            throw new IOException(dir + " has no configuration to sample from");
        }
        ExperimentConfig config = run.record().config();
        if (config.imageFolder() != null && !config.imageFolder().isBlank() || config.imageSize() != 28
                || config.colour()) {
            throw new IOException("the class measures apply to 28x28 MNIST digits only; this run trains on "
                    + (config.imageFolder() != null && !config.imageFolder().isBlank() ? "a picture folder"
                    : config.imageSize() + "x" + config.imageSize() + (config.colour() ? " colour" : "") + " images"));
        }
        MnistDigits test = MnistDigits.read(Datasets.folderOf(config), MnistDigits.Part.TEST);
        DigitSelection digits = DigitSelection.parse(config.digits());
        List<Integer> chosen = new ArrayList<>();
        double[] shares = new double[10];
        for (int i = 0; i < test.count(); i++) {
            if (digits.includes(test.label(i))) {
                chosen.add(i);
                shares[test.label(i)]++;
            }
        }
        // the reference: up to N test images of the run's digits (974 eights in the test set); G always draws N
        int n = Math.min(samples, chosen.size());
        float[] realImages = new float[n * 784];
        for (int i = 0; i < n; i++) {
            System.arraycopy(test.image(chosen.get(i)), 0, realImages, i * 784, 784);
        }
        float[][] realFeatures = classifier.features(realImages);
        int half = n / 2;
        double baseline = QualityMeasures.frechetDistance(java.util.Arrays.copyOfRange(realFeatures, 0, half),
                java.util.Arrays.copyOfRange(realFeatures, half, 2 * half));

        List<Row> rows = new ArrayList<>();
        for (RunReader.EpochGrid e : run.epochs()) {
            LatentWalk.Source saved;
            try {
                saved = SavedGenerators.after(dir, e.epoch());
            } catch (IOException notKept) {
                continue;
            }
            float[] images = LatentWalk.samples(config, saved, samples, config.seed() * 31 + e.epoch(), 28, 1);
            DigitClassifier.Outputs said = classifier.outputs(images);
            float[][] p = said.probabilities();
            float[][] features = said.features();
            int[] histogram = QualityMeasures.histogram(p);
            var pr = QualityMeasures.precisionRecall(realFeatures, features, 3);
            rows.add(new Row(e.epoch(), QualityMeasures.modes(histogram), QualityMeasures.reverseKl(histogram, shares),
                    QualityMeasures.inceptionScore(p), QualityMeasures.frechetDistance(realFeatures, features),
                    pr.precision(), pr.recall(), histogram));
            progress.accept(e.epoch());
        }
        if (rows.isEmpty()) {
            throw new IOException(dir + " kept no generator to sample from (no checkpoints, no generator/ folder)");
        }
        write(dir.resolve(FILE), rows);
        return new Report(rows, baseline, samples, n + " MNIST test images of digits " + config.digits());
    }

    static void write(Path file, List<Row> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(COLUMNS)
                .setRecordSeparator('\n').build())) {
            for (Row r : rows) {
                out.printRecord(r.epoch(), r.modes(), f(r.kl()), f(r.inceptionScore()), f(r.frechetDistance()),
                        f(r.precision()), f(r.recall()));
            }
        }
        AtomicFiles.writeString(file, text.toString());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
