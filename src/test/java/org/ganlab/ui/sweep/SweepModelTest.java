package org.ganlab.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.session.Sweep;
import org.junit.jupiter.api.Test;

/** The sweep table a teacher reads: one line per preset, seeds in order, broken promises marked, counts kept. */
class SweepModelTest {
    private static Sweep.Row row(String preset, long seed, String verdict, String expected) {
        return new Sweep.Row(preset, seed, null, null, verdict.isEmpty() ? "failed: out of memory" : "completed",
                verdict, expected, List.of(verdict), new double[0], 0, 0, null, null,
                Path.of(preset, "seed-" + seed));
    }

    @Test
    void theTableHasALinePerPresetSeedsInOrderAndMarksRunsThatBreakTheirPromise() {
        Path sweep = Path.of("sweeps", "lesson");
        SweepModel.Table table = SweepModel.table(sweep, List.of(
                row("stable", 2, "Stable", "Stable"), row("stable", 1, "Stable", "Stable"),
                row("mode-collapse", 1, "Mode collapse", "Mode collapse"),
                row("mode-collapse", 2, "Stable", "Mode collapse"), row("mode-collapse", 3, "", "Mode collapse")));
        assertThat(table.seeds()).containsExactly(1L, 2L, 3L);
        assertThat(table.lines()).extracting(SweepModel.Line::name).containsExactly("stable", "mode-collapse");
        SweepModel.Line collapse = table.lines().get(1);
        assertThat(collapse.promise()).isEqualTo("promises Mode collapse");
        assertThat(collapse.kept()).as("kept of those with a verdict").isEqualTo("1/2");
        assertThat(collapse.runs().get(1L).broken()).isFalse();
        SweepModel.Cell broken = collapse.runs().get(2L);
        assertThat(broken.broken()).isTrue();
        assertThat(broken.verdict()).isEqualTo(Verdict.STABLE);
        assertThat(broken.tooltip()).startsWith("not what the preset promises (Mode collapse)");
        assertThat(broken.run()).isEqualTo(sweep.resolve("mode-collapse/seed-2"));
        SweepModel.Cell failed = collapse.runs().get(3L);
        assertThat(failed.verdict()).isNull();
        assertThat(failed.text()).isEqualTo("failed: out of memory");
        assertThat(table.lines().get(0).kept()).isEqualTo("2/2");
    }
}
