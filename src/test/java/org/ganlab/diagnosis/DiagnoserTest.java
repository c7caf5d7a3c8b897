package org.ganlab.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.SampleGrid;
import org.ganlab.session.RunDiagnosis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every verdict on synthetic metric series and grids built to carry (or lack) its signature. */
class DiagnoserTest {
    static SampleGrid real;
    /** 100 real eights other than the diversity yardstick (the first of the realism reference set). */
    static SampleGrid otherEights;
    static Diagnoser diagnoser;

    @BeforeAll
    static void realEights() throws IOException {
        RealReference reference = RunDiagnosis.realImages(ExperimentConfig.baseline());
        real = reference.sample();
        otherEights = new SampleGrid(100, 28, 1, Arrays.copyOf(reference.reference().pixels(), 100 * 28 * 28));
        diagnoser = new Diagnoser(reference);
    }

    /** 100 images of uniform noise: far from every real eight. */
    static SampleGrid noise() {
        float[] px = new float[100 * 28 * 28];
        Random r = new Random(8);
        for (int i = 0; i < px.length; i++) {
            px[i] = 2 * r.nextFloat() - 1;
        }
        return new SampleGrid(100, 28, 1, px);
    }

    /** Iterations with the given means and a little noise, epochs of 45. */
    static List<IterationMetrics> series(int n, double dReal, double dFake, double g, double accReal, double accFake) {
        Random r = new Random(3);
        List<IterationMetrics> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double e = 0.02 * r.nextGaussian();
            rows.add(new IterationMetrics(i, (i - 1) / 45 + 1, Math.max(0, dReal + e), Math.max(0, dFake - e), g + 5 * e,
                    Math.min(1, accReal), Math.min(1, accFake), 0.5, 0.5, 0.05, 0.01, i));
        }
        return rows;
    }

    static List<Diagnoser.EpochSamples> grids(int epochs, SampleGrid grid) {
        List<Diagnoser.EpochSamples> list = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            list.add(new Diagnoser.EpochSamples(e, grid));
        }
        return list;
    }

    /** 100 samples that are copies (with faint noise) of only three real images. */
    static SampleGrid threeImagesRepeated() {
        int len = 28 * 28;
        float[] px = new float[100 * len];
        Random r = new Random(5);
        for (int i = 0; i < 100; i++) {
            int source = i % 3 * 17;
            for (int k = 0; k < len; k++) {
                px[i * len + k] = real.pixels()[source * len + k] + (float) (0.02 * r.nextGaussian());
            }
        }
        return new SampleGrid(100, 28, 1, px);
    }

    /** The same iterations with D's mean outputs on real images and on fakes set. */
    static List<IterationMetrics> outputs(List<IterationMetrics> rows, double dX, double dGz) {
        return rows.stream().map(m -> new IterationMetrics(m.iteration(), m.epoch(), m.dLossReal(), m.dLossFake(),
                m.gLoss(), m.dAccReal(), m.dAccFake(), dX, dGz, m.gGradNorm(), m.dGradNorm(), m.seconds())).toList();
    }

    @Test
    void aDiscriminatorSureOfBothHalvesWhileGStarvesDominatesEvenWhenAFewFakesInflateItsLoss() {
        // discriminator-too-fast on seed 2, last 60 iterations: a few fooled fakes lift D's losses to 0.4 and 0.3
        Diagnosis d = diagnoser.diagnose(outputs(series(450, 0.40, 0.30, 5.0, 0.87, 0.88), 0.83, 0.16),
                grids(10, otherEights));
        assertThat(d.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(d.evidence().get(0)).contains("D dominates").contains("D(x) 0.83, D(G(z)) 0.16");
        // the fast D with the non-saturating loss keeps G in the game (remedy-non-saturating, seed 1, its first two epochs)
        Diagnosis remedy = diagnoser.diagnose(outputs(series(90, 0.48, 0.49, 3.1, 0.78, 0.81), 0.69, 0.31),
                grids(2, otherEights));
        assertThat(remedy.verdict()).isEqualTo(Verdict.STABLE);
        // sure of both halves but G not starving (G's loss 2.0, as in the collapsing runs): not this failure
        Diagnosis fed = diagnoser.diagnose(outputs(series(450, 0.40, 0.30, 2.0, 0.87, 0.88), 0.83, 0.16),
                grids(10, otherEights));
        assertThat(fed.verdict()).isEqualTo(Verdict.STABLE);
    }

    /** The same iterations with D's mean raw scores on real images and on fakes set (the hinge loss's outputs). */
    static List<IterationMetrics> scores(List<IterationMetrics> rows, double real, double fake) {
        return rows.stream().map(m -> new IterationMetrics(m.iteration(), m.epoch(), m.dLossReal(), m.dLossFake(),
                m.gLoss(), m.dAccReal(), m.dAccFake(), m.dReal(), m.dFake(), m.gGradNorm(), m.dGradNorm(),
                m.seconds(), real, fake)).toList();
    }

    @Test
    void withTheHingeLossDsStandingIsReadFromItsMarginNotFromProbabilityThresholds() {
        Diagnoser hinge = diagnoser.reading(Diagnoser.Outputs.SCORES);
        // a hinge D right about 95% of both halves with a margin of 4.7 (five D steps at ten times G's rate, seed 1):
        // its losses (0.15) and G's loss (a score, 2.3) are under every cross-entropy threshold, so the probability
        // reading calls it stable
        List<IterationMetrics> won = scores(series(450, 0.15, 0.15, 2.3, 0.95, 0.95), 2.4, -2.3);
        assertThat(diagnoser.diagnose(won, grids(10, otherEights)).verdict()).isEqualTo(Verdict.STABLE);
        Diagnosis d = hinge.diagnose(won, grids(10, otherEights));
        assertThat(d.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(d.evidence().get(0)).contains("margin E D(x) - E D(G(z)) is 4.70");
        // the cured remedy-hinge (seed 1): a margin of 3.2 too, but the sign right for only 80% and 85%
        List<IterationMetrics> balanced = scores(series(450, 0.5, 0.38, 3.25, 0.80, 0.85), 1.66, -1.55);
        assertThat(hinge.diagnose(balanced, grids(10, otherEights)).verdict()).isEqualTo(Verdict.STABLE);
        // a margin near 0 is a guess (hinge losses near 1, not ln 2): blind when the samples are noise
        List<IterationMetrics> guessing = scores(series(450, 0.98, 1.02, 0.0, 0.52, 0.5), 0.05, 0.02);
        Diagnosis blind = hinge.diagnose(guessing, grids(10, noise()));
        assertThat(blind.verdict()).isEqualTo(Verdict.BLIND_DISCRIMINATOR);
        // a record without scores (made before they were kept) is read as before
        assertThat(hinge.diagnose(series(450, 0.15, 0.15, 2.3, 0.95, 0.95), grids(10, otherEights)).verdict())
                .isEqualTo(Verdict.STABLE);
    }

    @Test
    void aBalancedGameWithVariedSamplesIsStable() {
        Diagnosis d = diagnoser.diagnose(series(450, 0.62, 0.61, 1.1, 0.7, 0.72), grids(10, otherEights));
        assertThat(d.verdict()).isEqualTo(Verdict.STABLE);
        assertThat(d.evidence().get(0)).contains("D loss real 0.6").contains("accuracy real 70%");
        assertThat(d.epochs()).hasSize(10).allSatisfy(e -> assertThat(e.verdict()).isEqualTo(Verdict.STABLE));
        // real eights that are not the yardstick are as varied as it, and as close to real images as real ones are
        assertThat(d.epochs().get(0).diversity()).isCloseTo(d.realDiversity(),
                Assertions.withinPercentage(15));
        assertThat(d.epochs().get(0).realism()).isBetween(0.85, 1.2);
    }

    @Test
    void fewDistinctSamplesAreModeCollapseWithTheirGroups() {
        Diagnosis d = diagnoser.diagnose(series(450, 0.52, 0.47, 1.7, 0.75, 0.9), grids(10, threeImagesRepeated()));
        assertThat(d.verdict()).isEqualTo(Verdict.MODE_COLLAPSE);
        assertThat(d.evidence().get(0)).contains("100 of 100 samples").contains("3 groups of near-duplicates");
        assertThat(d.epochs().get(9).duplicateGroups()).hasSize(3)
                .allSatisfy(g -> assertThat(g.size()).isBetween(33, 34));
        assertThat(d.epochs().get(9).diversity()).isLessThan(0.2 * d.realDiversity());
    }

    @Test
    void aDiscriminatorThatWinsIsConvergenceFailure() {
        Diagnosis combined = diagnoser.diagnose(series(450, 0.003, 0.005, 0.02, 1.0, 1.0), grids(10, real));
        assertThat(combined.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(combined.evidence().get(0)).startsWith("D loss on fakes below 0.05").contains("100% on real");

        Diagnosis aggressive = diagnoser.diagnose(series(450, 0.2, 0.08, 9.0, 0.9, 1.0), grids(10, real));
        assertThat(aggressive.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(aggressive.evidence().get(0)).startsWith("G loss 9.0");
    }

    @Test
    void aDiscriminatorThatDominatesWithoutReachingZeroIsConvergenceFailureEvenWithGoodSamples() {
        // discriminator-too-fast: D right 97-98% of the time, losses 0.1, G loss near 5, samples still eights
        Diagnosis d = diagnoser.diagnose(series(450, 0.1, 0.1, 4.75, 0.97, 0.98), grids(10, real));
        assertThat(d.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(d.evidence().get(0)).startsWith("D dominates").contains("G loss 4.7");
        // too-little-data: D as sure, but its losses still near 0.5 and G's loss modest: not (yet) dominated
        assertThat(diagnoser.diagnose(series(450, 0.48, 0.48, 1.43, 0.92, 0.9), grids(10, real)).verdict())
                .isEqualTo(Verdict.STABLE);
    }

    @Test
    void aNonFiniteLossIsDivergedAndFewIterationsTooEarly() {
        List<IterationMetrics> rows = new ArrayList<>(series(30, 0.6, 0.6, 1, 0.7, 0.7));
        rows.add(new IterationMetrics(31, 1, Double.NaN, 0.6, 1, 0.7, 0.7, 0.5, 0.5, 0, 0, 31));
        Diagnosis diverged = diagnoser.diagnose(rows, List.of());
        assertThat(diverged.verdict()).isEqualTo(Verdict.DIVERGED);
        assertThat(diverged.evidence().get(0)).contains("NaN at iteration 31");

        Diagnosis early = diagnoser.diagnose(series(10, 0.6, 0.6, 1, 0.7, 0.7), List.of());
        assertThat(early.verdict()).isEqualTo(Verdict.TOO_EARLY);
        assertThat(early.summary()).contains("only 10 iterations");
    }

    @Test
    void realImagesAreAsCloseToRealImagesAsRealImagesAndNoiseIsFar() {
        Diagnosis d = diagnoser.diagnose(series(90, 0.62, 0.61, 1.1, 0.7, 0.72), grids(1, real));
        assertThat(d.epochs().get(0).realism()).isCloseTo(1.0, Offset.offset(0.05));
        Diagnosis n = diagnoser.diagnose(series(90, 0.62, 0.61, 1.1, 0.7, 0.72), grids(1, noise()));
        assertThat(n.epochs().get(0).realism()).isGreaterThan(Signatures.REALISM_POOR + 1);
    }

    @Test
    void aDiscriminatorThatCallsFakesRealIsBlind() {
        // low-capacity: D calls 98% of G's images real
        Diagnosis d = diagnoser.diagnose(series(450, 0.61, 0.77, 0.64, 0.94, 0.02), grids(10, real));
        assertThat(d.verdict()).isEqualTo(Verdict.BLIND_DISCRIMINATOR);
        assertThat(d.evidence().get(0)).startsWith("D calls 98% of G's images real").contains("accuracy on fakes 2%");
    }

    @Test
    void aGuessingDiscriminatorIsBlindOnlyWhenTheSamplesAreNotRealistic() {
        // extreme-kernel: D at chance while G draws images no real eight is near
        Diagnosis blind = diagnoser.diagnose(series(450, 0.69, 0.73, 0.71, 0.51, 0.38), grids(10, noise()));
        assertThat(blind.verdict()).isEqualTo(Verdict.BLIND_DISCRIMINATOR);
        assertThat(blind.evidence().get(0)).startsWith("D guesses: mean accuracy 45%");
        // the same curves with samples as good as real eights: G has caught up, nothing is wrong
        Diagnosis good = diagnoser.diagnose(series(450, 0.69, 0.73, 0.71, 0.51, 0.38), grids(10, real));
        assertThat(good.verdict()).isEqualTo(Verdict.STABLE);
    }

    @Test
    void unrealisticSamplesThatDMostlyCatchesAreAConvergenceFailureInTheMaking() {
        Diagnosis d = diagnoser.diagnose(series(450, 0.3, 0.3, 2.5, 0.85, 0.85), grids(10, noise()));
        assertThat(d.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(d.evidence()).anySatisfy(e -> assertThat(e).startsWith("D is winning"));
    }

    @Test
    void dRightAboutItsTrainingImagesButNotUnseenOnesMemorises() {
        List<Diagnoser.EpochSamples> memorised = new ArrayList<>();
        List<Diagnoser.EpochSamples> healthy = new ArrayList<>();
        for (int e = 1; e <= 10; e++) {
            memorised.add(new Diagnoser.EpochSamples(e, real, new HeldOutCheck(0.95, 0.4)));
            healthy.add(new Diagnoser.EpochSamples(e, real, new HeldOutCheck(0.8, 0.72)));
        }
        Diagnosis d = diagnoser.diagnose(series(450, 0.46, 0.46, 1.5, 0.94, 0.91), memorised);
        assertThat(d.verdict()).isEqualTo(Verdict.MEMORISING);
        assertThat(d.evidence().get(0)).contains("95% of its training images real").contains("only 40%");
        assertThat(d.epochs().get(9).heldOut()).as("kept for the chart").isEqualTo(new HeldOutCheck(0.95, 0.4));
        assertThat(diagnoser.diagnose(series(450, 0.46, 0.46, 1.5, 0.94, 0.91), healthy).verdict())
                .isEqualTo(Verdict.STABLE);
    }

    /** The grids with a classifier reading per epoch: {@code counts} samples of each digit, on data of ten digits. */
    static List<Diagnoser.EpochSamples> withDigits(List<Diagnoser.EpochSamples> grids, int modes, double kl,
                                                   int... counts) {
        List<QualityRow> rows = grids.stream().map(g -> new QualityRow(
                g.epoch(), modes, kl, 1, 1, 1, 1, counts)).toList();
        return grids.stream().map(g -> g.withDigits(rows, 10)).toList();
    }

    /** 100 copies of one image of noise: what generator-too-fast draws once G has collapsed (not a digit at all). */
    static SampleGrid oneNoiseImageRepeated() {
        int len = 28 * 28;
        float[] px = new float[100 * len];
        for (int i = 0; i < 100; i++) {
            System.arraycopy(noise().pixels(), 0, px, i * len, len);
        }
        return new SampleGrid(100, 28, 1, px);
    }

    @Test
    void onAllDigitsAGridOfOneImageIsModeCollapseWhateverDsStanding() {
        // generator-too-fast: G takes five quick steps per D step and every sample becomes the same non-digit, while
        // D in turn guesses (seed 3, epoch 6: accuracy 44%/42%), wins, or is fooled
        List<Diagnoser.EpochSamples> collapsed = withDigits(grids(6, oneNoiseImageRepeated()), 1, 2.3,
                0, 0, 0, 1000, 0, 0, 0, 0, 0, 0);
        for (List<IterationMetrics> standing : List.of(series(270, 0.83, 0.85, 1.07, 0.44, 0.42),
                series(270, 0.01, 0.01, 6.0, 1.0, 1.0), series(270, 0.3, 1.9, 0.4, 0.95, 0.05))) {
            Diagnosis d = diagnoser.diagnose(standing, collapsed);
            assertThat(d.verdict()).isEqualTo(Verdict.MODE_COLLAPSE);
            assertThat(d.evidence().get(0)).contains("G draws 1 of 10 digits").contains("100% of them are 3s");
            assertThat(d.evidence().get(1)).startsWith("100 of 100 samples of epoch 6 fall into 1 groups");
        }
        // with one witness only (eights, no classifier reading) D's standing is read first, as before
        Diagnosis eights = diagnoser.diagnose(series(270, 0.83, 0.85, 1.07, 0.44, 0.42),
                grids(6, oneNoiseImageRepeated()));
        assertThat(eights.verdict()).isEqualTo(Verdict.BLIND_DISCRIMINATOR);
    }

    @Test
    void onAllDigitsVariedSamplesOfFewDigitsAreModeCollapseInTheClassifiersWords() {
        List<IterationMetrics> balanced = series(450, 0.62, 0.61, 1.1, 0.7, 0.72);
        // varied eights, but the classifier finds only three digits, most of them 1s
        Diagnosis few = diagnoser.diagnose(balanced, withDigits(grids(10, otherEights), 3, 1.19,
                0, 710, 0, 0, 0, 0, 0, 140, 150, 0));
        assertThat(few.verdict()).isEqualTo(Verdict.MODE_COLLAPSE);
        assertThat(few.evidence().get(0)).contains("G draws 3 of 10 digits").contains("71% of them are 1s")
                .contains("reverse KL 1.19");
        // ten digits evenly: the classifier has nothing against it, and says so beside the verdict
        Diagnosis all = diagnoser.diagnose(balanced, withDigits(grids(10, otherEights), 10, 0.02,
                100, 100, 100, 100, 100, 100, 100, 100, 100, 100));
        assertThat(all.verdict()).isEqualTo(Verdict.STABLE);
        assertThat(all.evidence()).anySatisfy(e -> assertThat(e).contains("G draws 10 of 10 digits"));
        // seven digits but most samples in two of them: the KL gives it away
        Diagnosis lopsided = diagnoser.diagnose(balanced, withDigits(grids(10, otherEights), 7, 0.8,
                450, 400, 30, 30, 30, 30, 30, 0, 0, 0));
        assertThat(lopsided.verdict()).isEqualTo(Verdict.MODE_COLLAPSE);
    }

    /** The grids with a reading of 1,000 samples of eights per epoch, with this recall and Frechet distance. */
    static List<Diagnoser.EpochSamples> eightsRead(List<Diagnoser.EpochSamples> grids, double recall, double frechet) {
        int[] counts = new int[10];
        counts[8] = 1000;
        List<QualityRow> rows = grids.stream().map(g -> new QualityRow(
                g.epoch(), 1, 0.1, 1, frechet, 0.5, recall, counts)).toList();
        return grids.stream().map(g -> g.withDigits(rows, 1)).toList();
    }

    @Test
    void aGuessingDiscriminatorIsBlindWhenTheClassifierFindsTheSamplesUnlikeTheDataThoughTheirPixelsAreClose() {
        // low-capacity on seed 23: D at chance, the pixels of G's smeared strokes near enough to real eights (1.36x),
        // but the classifier's recall is zero
        List<IterationMetrics> guessing = series(450, 0.66, 0.73, 0.68, 0.73, 0.27);
        Diagnosis blind = diagnoser.diagnose(guessing, eightsRead(grids(10, otherEights), 0.001, 501));
        assertThat(blind.verdict()).isEqualTo(Verdict.BLIND_DISCRIMINATOR);
        assertThat(blind.evidence().get(0))
                .startsWith("the digit classifier finds G's samples of epoch 10 unlike the real images: recall 0.00")
                .contains("Frechet distance 501");
        assertThat(blind.evidence().get(1)).startsWith("yet D is right about only 50% of the images");
        // after one epoch even a good run's recall is near zero: the witness is not heard yet
        assertThat(blind.epochs().get(0).verdict()).isEqualTo(Verdict.STABLE);
        assertThat(blind.epochs().subList(1, 10)).allSatisfy(e -> assertThat(e.verdict())
                .isEqualTo(Verdict.BLIND_DISCRIMINATOR));
        // a recall like a stable run's: nothing against it
        assertThat(diagnoser.diagnose(guessing, eightsRead(grids(10, otherEights), 0.3, 50)).verdict())
                .isEqualTo(Verdict.STABLE);
        // unlike the data while D is right about most images: D is winning
        Diagnosis winning = diagnoser.diagnose(series(450, 0.3, 0.3, 2.5, 0.85, 0.85),
                eightsRead(grids(10, otherEights), 0.0, 600));
        assertThat(winning.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(winning.evidence()).anySatisfy(e -> assertThat(e).startsWith("D is winning"));
    }
}
