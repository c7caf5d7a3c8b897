package org.ganlab.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.ganlab.data.Datasets;
import org.ganlab.data.MnistDigits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped digit classifier: the weights its README describes, right about the test images, usable features. */
class DigitClassifierTest {
    private static DigitClassifier classifier;
    private static MnistDigits test;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        classifier = DigitClassifier.load(DigitClassifier.SHIPPED);
        test = MnistDigits.read(Datasets.BUNDLED_MNIST, MnistDigits.Part.TEST);
    }

    @Test
    void theShippedWeightsAreTheOnesItsReadmeNames() throws Exception {
        String readme = Files.readString(DigitClassifier.SHIPPED.resolveSibling("README.md"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(DigitClassifier.SHIPPED)));
        assertThat(readme).contains(sha);
    }

    @Test
    void itIsRightAboutTheTestImages() {
        assertThat(test.count()).isEqualTo(10_000);
        assertThat(classifier.accuracy(test, 2_000)).as("the first 2,000 test images").isGreaterThanOrEqualTo(0.985);
    }

    private static float[] images(int from, int n) {
        float[] out = new float[n * 784];
        for (int i = 0; i < n; i++) {
            System.arraycopy(test.image(from + i), 0, out, i * 784, 784);
        }
        return out;
    }

    @Test
    void theFastPassComputesWhatDl4jComputes() {
        float[] mixed = images(0, 600); // more than one slice of 500, real digits and noise
        Random r = new Random(3);
        for (int i = 300 * 784; i < mixed.length; i++) {
            mixed[i] = r.nextFloat() * 2 - 1;
        }
        DigitClassifier.Outputs fast = classifier.outputs(mixed);
        DigitClassifier.Outputs dl4j = classifier.outputsThroughDl4j(mixed);
        for (int i = 0; i < 600; i++) {
            for (int j = 0; j < 10; j++) {
                assertThat(fast.probabilities()[i][j]).as("image %d, digit %d", i, j)
                        .isCloseTo(dl4j.probabilities()[i][j], Offset.offset(1e-4f));
            }
            for (int j = 0; j < DigitClassifier.FEATURES; j++) {
                assertThat(fast.features()[i][j]).as("image %d, feature %d", i, j)
                        .isCloseTo(dl4j.features()[i][j], Offset.offset(1e-3f * Math.max(1, Math.abs(dl4j.features()[i][j]))));
            }
        }
    }

    @Test
    void realTestImagesScoreAsRealImagesShould() {
        float[][] p = classifier.probabilities(images(0, 1000));
        int[] histogram = QualityMeasures.histogram(p);
        assertThat(QualityMeasures.modes(histogram)).isEqualTo(10);
        double[] shares = new double[10];
        for (int i = 0; i < 1000; i++) {
            shares[test.label(i)]++;
        }
        assertThat(QualityMeasures.reverseKl(histogram, shares)).isLessThan(0.01);
        assertThat(QualityMeasures.inceptionScore(p)).isGreaterThan(9.0);

        float[][] a = classifier.features(images(0, 500));
        float[][] b = classifier.features(images(500, 500));
        float[][] other = classifier.features(images(1000, 500));
        double between = QualityMeasures.frechetDistance(a, b);
        assertThat(QualityMeasures.frechetDistance(a, other)).as("another half of real images: near the baseline")
                .isLessThan(2 * between + 1);
        var pr = QualityMeasures.precisionRecall(a, b, 3);
        assertThat(pr.precision()).isGreaterThan(0.8);
        assertThat(pr.recall()).isGreaterThan(0.8);
        // one digit drawn a thousand times: the measures see it
        float[] ones = new float[1000 * 784];
        int one = 0;
        while (test.label(one) != 1) {
            one++;
        }
        for (int i = 0; i < 1000; i++) {
            System.arraycopy(test.image(one), 0, ones, i * 784, 784);
        }
        int[] collapsed = QualityMeasures.histogram(classifier.probabilities(ones));
        assertThat(QualityMeasures.modes(collapsed)).isEqualTo(1);
        assertThat(QualityMeasures.reverseKl(collapsed, shares)).isGreaterThan(2.0);
        assertThat(QualityMeasures.precisionRecall(a, classifier.features(Arrays.copyOf(ones, 500 * 784)), 3).recall())
                .isLessThan(0.1);
    }

    @Test
    void missingOrDamagedWeightsAreNamed() throws Exception {
        Path missing = tmp.resolve("none.zip");
        assertThatThrownBy(() -> DigitClassifier.load(missing)).hasMessageContaining(missing.toString())
                .hasMessageContaining("no classifier weights");
        Path truncated = tmp.resolve("truncated.zip");
        byte[] all = Files.readAllBytes(DigitClassifier.SHIPPED);
        Files.write(truncated, Arrays.copyOf(all, all.length / 3));
        assertThatThrownBy(() -> DigitClassifier.load(truncated)).hasMessageContaining(truncated.toString());
    }
}
