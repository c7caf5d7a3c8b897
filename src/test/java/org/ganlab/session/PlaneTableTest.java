package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.config.PlanePreset;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneMeasures;
import org.junit.jupiter.api.Test;

/** The pair rule on points: the table of a remedy against the failure it cures, seed by seed, and its count. */
class PlaneTableTest {
    /**
     * A remedy's pair table: both arms seed by seed, and the count by the rule (not Stable against Stable on all but
     * one seed in five, the witness moved on every seed); one seed where the witness went the wrong way spoils it.
     */
    @Test
    void aPairCountsOnlyWhenItsWitnessMovesOnEverySeed() {
        var remedy = new PlanePreset("cure", "Cure", "", "Stable", 100, Map.of(),
                "failure");
        List<PlaneTable.Row> rows = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            rows.add(row("failure", "Mode collapse", seed, Verdict.MODE_COLLAPSE, 2, 1.5));
            rows.add(row("cure", "Stable", seed, Verdict.STABLE, 8, seed == 5 ? 2.0 : 0.1));
        }
        StringBuilder md = new StringBuilder();
        PlaneTable.pairs(rows, md, List.of(remedy));
        assertThat(md.toString()).contains("### cure cures failure", "| 1 | Mode collapse | Stable | 2 -> 8 | 1.50 -> 0.10 |",
                "remedy Stable on 5", "not every seed", "does not count");
        rows.set(9, row("cure", "Stable", 5, Verdict.STABLE, 8, 0.2));
        md.setLength(0);
        PlaneTable.pairs(rows, md, List.of(remedy));
        assertThat(md.toString()).contains("**the pair counts**");
    }

    /**
     * For a D that wins, the witness is D's accuracy (down) and G's share on a mode (up), not D's loss: a critic's loss
     * is negative, so read against a cross-entropy it would always look like a D winning harder.
     */
    @Test
    void aCriticCuresAWinningDByItsAccuracyNotItsLoss() {
        var remedy = new PlanePreset("critic", "Critic", "", "Stable", 100, Map.of(),
                "d-wins");
        var wins = new PlaneCheck(3000, 0.05, 0.05, 3.0, 1.0, 0.98,
                new PlaneMeasures(0, 0.01, 1.2, new int[8]));
        var critic = new PlaneCheck(3000, -0.02, -0.02, 0.1, 0.62, 0.58,
                new PlaneMeasures(8, 0.7, 0.05, new int[8]));
        List<PlaneTable.Row> rows = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            rows.add(new PlaneTable.Row("d-wins", "Convergence failure", seed,
                    new PlaneDiagnosis(Verdict.CONVERGENCE_FAILURE,
                            List.of()), wins, 0.4, 100, 30));
            rows.add(new PlaneTable.Row("critic", "Stable", seed, new PlaneDiagnosis(
                    Verdict.STABLE, List.of()), critic, 0.1, 30, 90));
        }
        StringBuilder md = new StringBuilder();
        PlaneTable.pairs(rows, md, List.of(remedy));
        assertThat(md.toString()).contains("| 0.050 -> -0.020 | 99% -> 60% | 1% -> 70% |", "D's accuracy",
                "**the pair counts**");
        // a D made blind (right on half the points) is no cure of a winning D, however G's points spread
        var blind = new PlaneCheck(3000, 0.69, 0.69, 0.7, 0.5, 0.5, new PlaneMeasures(8, 0.7, 0.05, new int[8]));
        rows.replaceAll(r -> r.preset().equals("critic") ? new PlaneTable.Row("critic", "Stable", r.seed(),
                r.diagnosis(), blind, 0.1, 30, 90) : r);
        md.setLength(0);
        PlaneTable.pairs(rows, md, List.of(remedy));
        assertThat(md.toString()).contains("99% -> 50%", "the pair does not count");
    }

    private static PlaneTable.Row row(String preset, String expect, long seed, Verdict v,
                                        int covered, double kl) {
        int[] histogram = new int[8];
        for (int m = 0; m < covered; m++) {
            histogram[m] = 100;
        }
        var measures = new PlaneMeasures(covered, 0.8, kl, histogram);
        var check = new PlaneCheck(3000, 0.6, 0.6, 1.0, 0.6, 0.6, measures);
        return new PlaneTable.Row(preset, expect, seed, new PlaneDiagnosis(v,
                List.of()), check, 0.1, 100, 30);
    }
}
