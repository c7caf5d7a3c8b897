package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.DigitSelection;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.MnistDigits;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.quality.QualityMeasures;
import org.ganlab.run.QualityFile;
import org.ganlab.run.QualityFile.Row;
import org.ganlab.run.RunReader;
import org.ganlab.train.LatentWalk;

/**
 * The published sample-quality measures of a run, epoch by epoch: for every epoch whose generator the run kept, N
 * fresh samples are classified and compared with the MNIST test images of the run's digits (all ten, or the eights
 * of the reference experiment), and the figures are written to quality.csv. Beside them the same Frechet distance
 * between two halves of those test images: the floor a perfect generator would reach at this sample size.
 */
public final class QualityReport {
    /** The k of the k-nearest-neighbour manifolds of precision and recall (Kynkaanniemi et al.). */
    private static final int NEIGHBOURS = 3;
    /**
     * Why the class measures do not apply to a configuration, or empty when they do: they need the bundled 28x28
     * MNIST digits (a digit classifier's counts mean nothing on pictures, Fashion-MNIST or letters).
     */
    public static java.util.Optional<String> whyOff(ExperimentConfig config) {
        if (config.onBundledDigits()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(config.imageFolder() != null && !config.imageFolder().isBlank()
                ? "the class measures apply to MNIST digits only; this run trains on a picture folder"
                : "the class measures apply to the bundled MNIST digits only; this run trains on the data folder "
                        + config.dataDir());
    }

    private static final java.util.Map<String, Double> BASELINES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The Frechet distance between two halves of up to {@code samples} MNIST test images of the configuration's
     * digits (the floor a perfect generator reaches at that sample size), with the shipped classifier; kept per
     * digits and size.
     */
    public static double realFrechetDistance(ExperimentConfig config, int samples) throws IOException {
        String key = DigitSelection.parse(config.digits()) + "/" + samples;
        Double known = BASELINES.get(key);
        if (known == null) {
            known = Probe.prepare(config, DigitClassifier.load(DigitClassifier.shipped()), samples)
                    .realFrechetDistance();
            BASELINES.put(key, known);
        }
        return known;
    }

    /** The measures of a run and the real-against-real Frechet distance at the same sample size. */
    public record Report(List<Row> rows, double realFrechetDistance, int samples, String reference) { }

    private QualityReport() {
    }

    /**
     * What scoring needs once per run: the classifier and the reference (up to N test images of the run's digits,
     * their features, their class counts and the real-against-real Frechet distance).
     */
    public static final class Probe {
        private final ExperimentConfig config;
        private final DigitClassifier classifier;
        private final float[][] realFeatures;
        /** Each real feature vector's distance to its k-th nearest neighbour, the same for every epoch. */
        private final double[] realRadius;
        private final double[] counts = new double[10];
        private final double baseline;

        private Probe(ExperimentConfig config, DigitClassifier classifier, int samples) throws IOException {
            this.config = config;
            this.classifier = classifier;
            var off = whyOff(config);
            if (off.isPresent()) {
                throw new IOException(off.get());
            }
            MnistDigits test = MnistDigits.read(Datasets.folderOf(config), MnistDigits.Part.TEST);
            DigitSelection digits = DigitSelection.parse(config.digits());
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < test.count(); i++) {
                if (digits.includes(test.label(i))) {
                    chosen.add(i);
                    counts[test.label(i)]++;
                }
            }
            // the reference: up to N test images of the run's digits (974 eights in the test set)
            int n = Math.min(samples, chosen.size());
            float[] realImages = new float[n * 784];
            for (int i = 0; i < n; i++) {
                System.arraycopy(test.image(chosen.get(i)), 0, realImages, i * 784, 784);
            }
            realFeatures = classifier.features(realImages);
            realRadius = QualityMeasures.kthNearest(realFeatures, NEIGHBOURS);
            int half = n / 2;
            baseline = QualityMeasures.frechetDistance(java.util.Arrays.copyOfRange(realFeatures, 0, half),
                    java.util.Arrays.copyOfRange(realFeatures, half, 2 * half));
        }

        /** Ready to score a run of {@code config}; an IOException says why the measures do not apply. */
        public static Probe prepare(ExperimentConfig config, DigitClassifier classifier, int samples)
                throws IOException {
            return new Probe(config, classifier, samples);
        }

        /** The measures of {@code samples} fresh images of G after {@code epoch}. */
        public Row measure(int epoch, LatentWalk.Source saved, int samples) throws IOException {
            float[] images = LatentWalk.samples(config, saved, samples, config.seed() * 31 + epoch, 28, 1);
            DigitClassifier.Outputs said = classifier.outputs(images);
            int[] histogram = QualityMeasures.histogram(said.probabilities());
            var pr = QualityMeasures.precisionRecall(realFeatures, realRadius, said.features(), NEIGHBOURS);
            return new Row(epoch, QualityMeasures.modes(histogram), QualityMeasures.reverseKl(histogram, counts),
                    QualityMeasures.inceptionScore(said.probabilities()),
                    QualityMeasures.frechetDistance(realFeatures, said.features()), pr.precision(), pr.recall(),
                    histogram);
        }

        public double realFrechetDistance() {
            return baseline;
        }

        public int referenceSize() {
            return realFeatures.length;
        }
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
        Probe probe = Probe.prepare(config, classifier, samples);
        List<Row> rows = new ArrayList<>();
        for (RunReader.EpochGrid e : run.epochs()) {
            LatentWalk.Source saved;
            try {
                saved = SavedGenerators.after(dir, e.epoch());
            } catch (IOException notKept) {
                continue;
            }
            rows.add(probe.measure(e.epoch(), saved, samples));
            progress.accept(e.epoch());
        }
        if (rows.isEmpty()) {
            throw new IOException(dir + " kept no generator to sample from (no checkpoints, no generator/ folder)");
        }
        QualityFile.write(dir.resolve(QualityFile.FILE), rows);
        return new Report(rows, probe.realFrechetDistance(), samples, probe.referenceSize()
                + " MNIST test images of digits " + config.digits());
    }
}
