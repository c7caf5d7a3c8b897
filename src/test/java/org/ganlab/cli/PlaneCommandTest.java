package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.quality.PlaneMeasures;
import org.ganlab.session.PlaneRunFolder;
import org.ganlab.train.PlanePreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2-D runner: its presets, its table and benchmark line, and a clear line for a bad setting. */
class PlaneCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listsThePresetsWithTheVerdictsTheyShow() {
        var r = GanLabCliTest.run("plane", "--list");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("plane-stable-ring", "plane-d-wins", "Convergence failure", "plane-mode-collapse");
    }

    @Test
    void aShortRunPrintsItsRowItsSpeedAndRecordsTheTable() throws Exception {
        Path md = tmp.resolve("plane.md");
        var r = GanLabCliTest.run("plane", "--preset", "plane-stable-ring", "--iterations", "1000", "--seeds", "2",
                "--set", "hidden=16", "--record", md.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^2 +\\S.*/8").containsPattern("iterations_per_second=\\d+");
        assertThat(Files.readString(md)).contains("| plane-stable-ring | Stable | 2 |", "seeds as expected");
    }

    /** --out saves each run; --from trains one on (in place) or branches it (into a folder of its own). */
    @Test
    void aSavedRunIsTrainedOnAndBranchedFromTheCommandLine() throws Exception {
        Path runs = tmp.resolve("runs");
        var first = GanLabCliTest.run("plane", "--iterations", "250", "--seeds", "3", "--set", "hidden=16", "--out",
                runs.toString());
        assertThat(first.status()).as(first.err()).isZero();
        Path run = runs.resolve("plane-stable-ring").resolve("seed-3");
        assertThat(run.resolve("plane-run.json")).exists();

        var on = GanLabCliTest.run("plane", "--from", run.toString(), "--iterations", "500");
        assertThat(on.status()).as(on.err()).isZero();
        assertThat(on.out()).contains("from iteration 250 to 500", "saved " + run);
        assertThat(PlaneRunFolder.read(run).checks()).hasSize(2);

        var noFolder = GanLabCliTest.run("plane", "--from", run.toString(), "--set", "genLearningRate=0.003");
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("--out");
        Path branch = tmp.resolve("branch");
        var branched = GanLabCliTest.run("plane", "--from", run.toString(), "--set", "genLearningRate=0.003",
                "--iterations", "750", "--out", branch.toString());
        assertThat(branched.status()).as(branched.err()).isZero();
        var b = PlaneRunFolder.read(branch);
        assertThat(b.checks()).hasSize(3);
        assertThat(b.settings().genLearningRate()).isEqualTo(0.003);
        assertThat(PlaneRunFolder.read(run).checks()).as("the parent is kept").hasSize(2);

        var wider = GanLabCliTest.run("plane", "--from", run.toString(), "--set", "hidden=32", "--out",
                tmp.resolve("wider").toString());
        assertThat(wider.status()).isEqualTo(2);
        assertThat(wider.err()).contains("hidden: a branch trains its parent's networks, so it stays 16");
        var none = GanLabCliTest.run("plane", "--from", tmp.resolve("nothing").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("has no plane-run.json");
    }

    /**
     * sweep with 2-D presets is the playground's sweep: each run saved as a folder, the table recorded as plane.md,
     * and a sweep started again skips the runs it finished (same rows); other settings in the same folder, and image
     * and 2-D presets mixed, are refused.
     */
    @Test
    void theSweepCommandSweepsPlanePresetsAndSkipsWhatIsDone() throws Exception {
        Path out = tmp.resolve("sweep");
        Path record = tmp.resolve("record");
        String[] args = {"sweep", "--presets", "plane-d-wins", "--seeds", "1", "--set", "hidden=8", "--set",
            "batch=32", "--out", out.toString(), "--record", record.toString()};
        var first = GanLabCliTest.run(args);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(out.resolve("plane-d-wins").resolve("seed-1").resolve("plane-run.json")).exists();
        String row = Files.readAllLines(record.resolve("plane.md")).stream()
                .filter(l -> l.startsWith("| plane-d-wins | Convergence failure | 1 |")).findFirst().orElseThrow();

        var again = GanLabCliTest.run(args);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("already done");
        String rowAgain = Files.readAllLines(record.resolve("plane.md")).stream()
                .filter(l -> l.startsWith("| plane-d-wins |")).findFirst().orElseThrow();
        assertThat(figures(rowAgain)).as("the same figures").isEqualTo(figures(row));
        assertThat(rowAgain).as("its saved training time").containsPattern("\\| \\d+ \\| \\d+\\.\\d \\|$");

        var other = GanLabCliTest.run("sweep", "--presets", "plane-d-wins", "--seeds", "1", "--set", "hidden=16",
                "--out", out.toString());
        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("other settings");
        var mixed = GanLabCliTest.run("sweep", "--presets", "stable,plane-d-wins", "--out", tmp.resolve("m").toString());
        assertThat(mixed.status()).isEqualTo(2);
        assertThat(mixed.err()).contains("stable are image presets");
    }

    /** A table row's columns from the preset to G's loss (not the speed and time). */
    private static String figures(String row) {
        return String.join("|", Arrays.copyOfRange(row.split("\\|"), 1, 11));
    }

    @Test
    void aBadSettingNamesTheFieldAndWhatIsAllowed() {
        var unknown = GanLabCliTest.run("plane", "--set", "packing=2");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("packing");
        var outOfRange = GanLabCliTest.run("plane", "--set", "pack=9");
        assertThat(outOfRange.status()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("pack: 1 to 8");
        assertThat(GanLabCliTest.run("plane", "--preset", "nope").err()).contains("plane-stable-ring");
    }

    /**
     * A remedy's pair table: both arms seed by seed, and the count by the rule (not Stable against Stable on all but
     * one seed in five, the witness moved on every seed); one seed where the witness went the wrong way spoils it.
     */
    @Test
    void aPairCountsOnlyWhenItsWitnessMovesOnEverySeed() {
        var remedy = new PlanePreset("cure", "Cure", "", "Stable", 100, Map.of(),
                "failure", "");
        List<PlaneCommand.Row> rows = new ArrayList<>();
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
                "d-wins", "");
        var wins = new PlaneCheck(3000, 0.05, 0.05, 3.0, 1.0, 0.98,
                new PlaneMeasures(0, 0.01, 1.2, new int[8]));
        var critic = new PlaneCheck(3000, -0.02, -0.02, 0.1, 0.55, 0.5,
                new PlaneMeasures(8, 0.7, 0.05, new int[8]));
        List<PlaneCommand.Row> rows = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            rows.add(new PlaneCommand.Row("d-wins", "Convergence failure", seed,
                    new PlaneDiagnosis(Verdict.CONVERGENCE_FAILURE,
                            List.of()), wins, 0.4, 100, 30));
            rows.add(new PlaneCommand.Row("critic", "Stable", seed, new PlaneDiagnosis(
                    Verdict.STABLE, List.of()), critic, 0.1, 30, 90));
        }
        StringBuilder md = new StringBuilder();
        PlaneTable.pairs(rows, md, List.of(remedy));
        assertThat(md.toString()).contains("| 0.050 -> -0.020 | 99% -> 53% | 1% -> 70% |", "D's accuracy",
                "**the pair counts**");
    }

    private static PlaneCommand.Row row(String preset, String expect, long seed, Verdict v,
                                        int covered, double kl) {
        int[] histogram = new int[8];
        for (int m = 0; m < covered; m++) {
            histogram[m] = 100;
        }
        var measures = new PlaneMeasures(covered, 0.8, kl, histogram);
        var check = new PlaneCheck(3000, 0.6, 0.6, 1.0, 0.6, 0.6, measures);
        return new PlaneCommand.Row(preset, expect, seed, new PlaneDiagnosis(v,
                List.of()), check, 0.1, 100, 30);
    }
}
