package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.DigitSelection;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.MnistDigits;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkSpec;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.quality.QualityMeasures;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.QualityRow;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunLock;
import org.ganlab.run.RunReader;
import org.ganlab.train.LatentWalk;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The published sample-quality measures of a run, epoch by epoch: for every epoch whose generator the run kept, N
 * fresh samples are classified and compared with the MNIST test images of the run's digits (all ten, or the eights
 * of the reference experiment) drawn across the test set with a fixed seed, and the figures are written to
 * quality.csv. Beside them, as its row of epoch 0, the same measures of as many real training images: the floor a
 * perfect generator would reach at this sample size.
 */
public final class QualityReport {
    /** The most samples scored per epoch: the setting's upper bound. */
    public static final int MAX_SAMPLES = ConfigSchema.MAX_QUALITY_SAMPLES;
    /** The k of the k-nearest-neighbour manifolds of precision and recall (Kynkaanniemi et al.). */
    private static final int NEIGHBOURS = 3;
    /**
     * Why the class measures do not apply to a configuration, or empty when they do: they need the bundled 28x28
     * MNIST digits (a digit classifier's counts mean nothing on pictures, Fashion-MNIST or letters).
     */
    public static Optional<String> whyOff(ExperimentConfig config) {
        if (config.onBundledDigits()) {
            return Optional.empty();
        }
        return Optional.of(config.imageFolder() != null && !config.imageFolder().isBlank()
                ? "the class measures apply to MNIST digits only; this run trains on a picture folder"
                : "the class measures apply to the bundled MNIST digits only; this run trains on the data folder "
                        + config.dataDir());
    }

    private static final Map<String, QualityRow> REAL_ROWS = new ConcurrentHashMap<>();

    /**
     * The measures of as many real training images of the configuration's digits as a run scores samples, against
     * the run's reference: the floor a perfect generator reaches at that sample size (older runs, whose quality.csv
     * lacks the row, are given it this way); kept per digits and size.
     */
    public static QualityRow realRow(ExperimentConfig config, int samples) throws IOException {
        return realRow(config, samples, Reference.SPREAD);
    }

    /**
     * The same against the given reference: {@link Reference#FIRST} for a quality.csv written before the reference
     * was spread over the test set (it has no row of its own), so that its figures are compared with real images
     * scored against the reference they were scored against.
     */
    public static QualityRow realRow(ExperimentConfig config, int samples, Reference reference) throws IOException {
        QualityRow known = REAL_ROWS.get(key(config, samples, reference));
        if (known == null) {
            known = new Probe(config, DigitClassifier.load(DigitClassifier.shipped()), samples, reference).real();
        }
        return known;
    }

    /** Which test images a run is scored against. */
    public enum Reference {
        /** N test images drawn across the whole test set with a fixed seed (runs scored from December 2026 on). */
        SPREAD,
        /** The first N test images of the run's digits (runs scored before: their quality.csv has no real row). */
        FIRST
    }

    private static String key(ExperimentConfig config, int samples, Reference reference) {
        return DigitSelection.parse(config.digits()) + "/" + samples + "/" + reference;
    }

    /** The measures of a run, the real images' row at the same sample size, and what the reference is. */
    public record Report(List<QualityRow> rows, QualityRow real, int samples, String reference) { }

    /** Where the time of one epoch's measures went, in milliseconds. */
    public record Timing(double sampling, double classifier, double measures) {
        public double total() {
            return sampling + classifier + measures;
        }
    }

    /** The seed of the reference's draw from the test set: fixed, so every run is scored against the same images. */
    static final long REFERENCE_SEED = 20_181_204L;
    /** The seed of the real training images scored as a perfect generator's samples. */
    static final long REAL_SAMPLES_SEED = 20_190_403L;

    private QualityReport() {
    }

    /**
     * {@code n} of {@code indexes} drawn at random with {@code seed} (all of them when there are not more): a
     * reference spread over the whole test set, whose images are ordered (its two halves are far further apart, at
     * Frechet distance 33, than two random halves, at 2.5).
     */
    static List<Integer> spreadSample(List<Integer> indexes, int n, long seed) {
        List<Integer> shuffled = new ArrayList<>(indexes);
        Collections.shuffle(shuffled, new Random(seed));
        List<Integer> chosen = new ArrayList<>(shuffled.subList(0, Math.min(n, shuffled.size())));
        Collections.sort(chosen);
        return chosen;
    }

    /** The images at {@code indexes} of {@code data}, one after another. */
    private static float[] images(MnistDigits data, List<Integer> indexes) {
        float[] out = new float[indexes.size() * 784];
        for (int i = 0; i < indexes.size(); i++) {
            System.arraycopy(data.image(indexes.get(i)), 0, out, i * 784, 784);
        }
        return out;
    }

    /** The indexes of {@code data}'s images of the chosen digits, and the count of each digit among them. */
    private static List<Integer> ofDigits(MnistDigits data, DigitSelection digits, double[] counts) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < data.count(); i++) {
            if (digits.includes(data.label(i))) {
                chosen.add(i);
                if (counts != null) {
                    counts[data.label(i)]++;
                }
            }
        }
        return chosen;
    }

    /**
     * What scoring needs once per run: the classifier and the reference (up to N test images of the run's digits
     * drawn across the test set, their features, their class counts, their Frechet statistics), and the real images'
     * row: the same measures of N training images of those digits, the floor a perfect generator reaches.
     */
    public static final class Probe {
        private final ExperimentConfig config;
        private final DigitClassifier classifier;
        private final float[][] realFeatures;
        private final QualityMeasures.FrechetReference frechet;
        /** Each real feature vector's distance to its k-th nearest neighbour, the same for every epoch. */
        private final double[] realRadius;
        private final double[] counts = new double[10];
        private final QualityRow real;
        private volatile Timing lastTiming;

        private Probe(ExperimentConfig config, DigitClassifier classifier, int samples, Reference kind)
                throws IOException {
            this.config = config;
            this.classifier = classifier;
            var off = whyOff(config);
            if (off.isPresent()) {
                throw new IOException(off.get());
            }
            DigitSelection digits = DigitSelection.parse(config.digits());
            MnistDigits test = MnistDigits.read(Datasets.folderOf(config), MnistDigits.Part.TEST);
            // the class counts of the data are those of the whole test set's digits; the reference is N of them
            List<Integer> ofDigits = ofDigits(test, digits, counts);
            List<Integer> reference = kind == Reference.SPREAD ? spreadSample(ofDigits, samples, REFERENCE_SEED)
                    : ofDigits.subList(0, Math.min(samples, ofDigits.size()));
            realFeatures = classifier.features(images(test, reference));
            realRadius = QualityMeasures.kthNearest(realFeatures, NEIGHBOURS);
            frechet = new QualityMeasures.FrechetReference(realFeatures);
            String key = key(config, samples, kind);
            QualityRow known = REAL_ROWS.get(key);
            if (known == null) {
                MnistDigits train = MnistDigits.read(Datasets.folderOf(config), MnistDigits.Part.TRAIN);
                List<Integer> perfect = spreadSample(ofDigits(train, digits, null), reference.size(), REAL_SAMPLES_SEED);
                known = score(QualityFile.REAL, classifier.outputs(images(train, perfect)));
                REAL_ROWS.put(key, known);
            }
            real = known;
        }

        /** Ready to score a run of {@code config}; an IOException says why the measures do not apply. */
        public static Probe prepare(ExperimentConfig config, DigitClassifier classifier, int samples)
                throws IOException {
            return new Probe(config, classifier, samples, Reference.SPREAD);
        }

        private QualityRow score(int epoch, DigitClassifier.Outputs said) {
            int[] histogram = QualityMeasures.histogram(said.probabilities());
            var pr = QualityMeasures.precisionRecall(realFeatures, realRadius, said.features(), NEIGHBOURS);
            var split = QualityMeasures.inceptionScore(said.probabilities(), QualityMeasures.SCORE_SPLITS);
            return new QualityRow(epoch, QualityMeasures.modes(histogram), QualityMeasures.reverseKl(histogram, counts),
                    split.mean(), split.sd(), QualityMeasures.inceptionScore(said.probabilities()),
                    frechet.distanceTo(said.features()), pr.precision(), pr.recall(), histogram);
        }

        /** The measures of {@code samples} fresh images of G after {@code epoch}, G read from where it was kept. */
        public QualityRow measure(int epoch, LatentWalk.Source saved, int samples) throws IOException {
            Generator g;
            try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                g = new Generator(NetworkSpec.generator(config, 28, 1));
                saved.load(g);
            }
            return measure(epoch, g, samples);
        }

        /** The measures of {@code samples} fresh images of {@code g} (the trainer's own, after {@code epoch}). */
        public QualityRow measure(int epoch, Generator g, int samples) {
            long t0 = System.nanoTime();
            float[] images = LatentWalk.samples(config, g, samples, config.seed() * 31 + epoch);
            long t1 = System.nanoTime();
            DigitClassifier.Outputs said = classifier.outputs(images);
            long t2 = System.nanoTime();
            QualityRow row = score(epoch, said);
            lastTiming = new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e6, (System.nanoTime() - t2) / 1e6);
            return row;
        }

        /** Where the time of the last {@link #measure} went. */
        public Timing lastTiming() {
            return lastTiming;
        }

        /** The same measures of real training images, as many as the reference holds: a perfect generator's. */
        public QualityRow real() {
            return real;
        }

        public double realFrechetDistance() {
            return real.frechetDistance();
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
    public static Report measure(Path dir, DigitClassifier classifier, int samples, IntConsumer progress)
            throws IOException {
        try (RunLock lock = RunLock.acquire(dir)) {
            return measure(RunReader.open(dir), classifier, samples, progress);
        }
    }

    private static Report measure(RunReader.OpenedRun run, DigitClassifier classifier, int samples,
                                  IntConsumer progress) throws IOException {
        Path dir = run.dir();
        if (run.record() == null || run.record().config() == null) {
            String why = run.problems().stream().filter(p -> p.startsWith(RunFiles.CONFIG)).findFirst()
                    .orElse(RunFiles.CONFIG + " is missing");
            throw new IOException(dir + " has no configuration to sample from: " + why);
        }
        ExperimentConfig config = run.record().config();
        Probe probe = Probe.prepare(config, classifier, samples);
        List<QualityRow> rows = new ArrayList<>();
        for (EpochGrid e : run.epochs()) {
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
        QualityFile.write(dir.resolve(QualityFile.FILE), probe.real(), rows);
        return new Report(rows, probe.real(), samples, probe.referenceSize()
                + " MNIST test images of digits " + config.digits() + " drawn across the test set");
    }
}
