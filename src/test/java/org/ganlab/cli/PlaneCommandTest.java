package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.run.PlaneRunFolder;
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
        assertThat(run.resolve("config.json")).exists();

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
        assertThat(none.err()).contains("nothing is not a run on points");
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
        assertThat(out.resolve("plane-d-wins").resolve("seed-1").resolve("checks.csv")).exists();
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
        assertThat(outOfRange.err()).contains("pack: 9 is out of range; allowed: a whole number from 1 to 8");
        assertThat(GanLabCliTest.run("plane", "--preset", "nope").err()).contains("plane-stable-ring");
    }
}
