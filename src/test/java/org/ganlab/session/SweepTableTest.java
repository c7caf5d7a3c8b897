package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown table a reader of the gallery sees: a run that misses its preset's promise stands out and is counted. */
class SweepTableTest {
    private static Sweep.Row row(String preset, long seed, String verdict, String expected) {
        return new Sweep.Row(preset, seed, null, null, "completed", verdict, expected, List.of(verdict),
                new double[5], 1, 1, null, null, Path.of(preset, "seed-" + seed));
    }

    @Test
    void runsThatMissThePromiseAreMarkedAndTheLastColumnCountsTheOnesThatKeepIt() {
        String md = SweepTable.markdown(List.of(row("stable", 1, "Stable", "Stable"), row("stable", 2, "Mode collapse", "Stable"),
                row("low-capacity", 1, "Blind discriminator", "Blind discriminator"),
                row("low-capacity", 2, "Blind discriminator", "Blind discriminator")));
        assertThat(md.lines()).containsExactly(
                "| preset | promises | seed 1 | seed 2 | as promised |",
                "|---|---|---|---|---|",
                "| stable | Stable | Stable | **Mode collapse** (x) | 1/2 |",
                "| low-capacity | Blind discriminator | Blind discriminator | Blind discriminator | 2/2 |");
    }
}
