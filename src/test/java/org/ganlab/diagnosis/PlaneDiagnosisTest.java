package org.ganlab.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.ganlab.quality.QualityMeasures;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneMeasures;
import org.junit.jupiter.api.Test;

/** The 2-D verdicts from the checks a student would see: the modes covered, hopping, D's loss. */
class PlaneDiagnosisTest {
    /** A check whose 600 points on modes are spread as {@code histogram} (of 1000 points in all). */
    private static PlaneCheck check(int iteration, double dLoss, double caught, int... histogram) {
        int covered = 0;
        int good = 0;
        for (int h : histogram) {
            covered += h >= 10 ? 1 : 0;
            good += h;
        }
        double[] uniform = new double[histogram.length];
        Arrays.fill(uniform, 1);
        PlaneMeasures m = new PlaneMeasures(covered, good / 1000.0, good == 0 ? Double.NaN
                : QualityMeasures.reverseKl(histogram, uniform), histogram);
        return new PlaneCheck(iteration, dLoss, dLoss, 1.0, caught, caught, m);
    }

    private static List<PlaneCheck> run(IntFunction<PlaneCheck> at, int n) {
        List<PlaneCheck> checks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            checks.add(at.apply(i));
        }
        return checks;
    }

    @Test
    void allEightModesHeldIsStable() {
        var d = PlaneDiagnosis.of(run(i -> check(250 * i, 0.6, 0.5, 75, 75, 75, 75, 75, 75, 75, 75), 10));
        assertThat(d.verdict()).isEqualTo(Verdict.STABLE);
        assertThat(d.evidence().get(0)).contains("8 of the 8 modes");
    }

    @Test
    void allModesCoveredWithShiftingWeightsIsStillStable() {
        var d = PlaneDiagnosis.of(run(i -> i % 2 == 0 ? check(250 * i, 0.6, 0.5, 140, 140, 140, 140, 10, 10, 10, 10)
                : check(250 * i, 0.6, 0.5, 10, 10, 10, 10, 140, 140, 140, 140), 10));
        assertThat(PlaneDiagnosis.hoppingOf(run(i -> check(250 * i, 0.6, 0.5, 75, 75, 75, 75, 75, 75, 75, 75), 10)))
                .isZero();
        assertThat(d.verdict()).as("every mode covered at every check").isEqualTo(Verdict.STABLE);
    }

    @Test
    void twoModesHeldIsModeCollapse() {
        var d = PlaneDiagnosis.of(run(i -> check(250 * i, 0.6, 0.5, 300, 300, 0, 0, 0, 0, 0, 0), 10));
        assertThat(d.verdict()).isEqualTo(Verdict.MODE_COLLAPSE);
        assertThat(d.evidence().get(0)).contains("2 of the 8 modes");
    }

    @Test
    void goingRoundTheRingOneModeAtATimeIsOscillation() {
        List<PlaneCheck> round = run(i -> {
            int[] h = new int[8];
            h[i % 8] = 600;
            return check(250 * i, 0.6, 0.5, h);
        }, 10);
        assertThat(PlaneDiagnosis.of(round).verdict()).isEqualTo(Verdict.OSCILLATION);
        assertThat(PlaneDiagnosis.hoppingOf(round)).as("every point changes mode at every check").isEqualTo(1.0);
    }

    /** A Wasserstein critic's loss is negative whenever it separates at all: that is no win, G is just not there yet. */
    @Test
    void aCriticsNegativeLossIsNotReadAsDWinning() {
        var d = PlaneDiagnosis.of(run(i -> check(250 * i, -0.5, 0.99, 1, 0, 0, 2, 0, 0, 0, 0), 10));
        assertThat(d.verdict()).isEqualTo(Verdict.TOO_EARLY);
    }

    @Test
    void aDiscriminatorThatCatchesEverythingWhileGIsOffTheDataWins() {
        var d = PlaneDiagnosis.of(run(i -> check(250 * i, 0.02, 0.99, 1, 0, 0, 2, 0, 0, 0, 0), 10));
        assertThat(d.verdict()).isEqualTo(Verdict.CONVERGENCE_FAILURE);
        assertThat(d.evidence().get(0)).startsWith("D wins");
    }

    @Test
    void fewChecksOrNaNAreSaidAsSuch() {
        assertThat(PlaneDiagnosis.of(run(i -> check(250 * i, 0.6, 0.5, 75, 75, 75, 75, 75, 75, 75, 75), 3))
                .verdict()).isEqualTo(Verdict.TOO_EARLY);
        assertThat(PlaneDiagnosis.of(run(i -> check(250 * i, Double.NaN, 0.5, 75, 75, 75, 75, 75, 75, 75, 75), 5))
                .verdict()).isEqualTo(Verdict.DIVERGED);
        assertThat(PlaneDiagnosis.of(run(i -> check(250 * i, 0.6, 0.5, 2, 3, 0, 0, 0, 0, 0, 0), 6)).verdict())
                .as("G not on the data yet, D not winning").isEqualTo(Verdict.TOO_EARLY);
    }
}
