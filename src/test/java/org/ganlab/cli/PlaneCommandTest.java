package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
