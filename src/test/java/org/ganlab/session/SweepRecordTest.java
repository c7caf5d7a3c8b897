package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.ganlab.config.Presets;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.junit.jupiter.api.Test;

/**
 * The committed record of presets x seeds (resources/sweep): every cell completed and named as its preset promises,
 * and the table in the gallery's README is the one the record builds.
 */
class SweepRecordTest {
    private static final Path RECORD = Path.of("resources", "sweep");

    @Test
    void everyRecordedCellKeepsItsPresetsPromise() throws Exception {
        List<Sweep.Row> rows = Sweep.rows(RECORD);
        // every preset on seeds 1-5: 1-3 calibrated the criteria, 4-5 are the held-out check
        assertThat(rows).extracting(r -> r.preset() + " seed " + r.seed()).containsExactlyInAnyOrderElementsOf(
                Presets.names().stream().flatMap(p -> LongStream.rangeClosed(1, 5)
                        .mapToObj(s -> p + " seed " + s)).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).as(r.folder().toString()).isEqualTo("completed"));
        // a preset keeps its promise on at least 4 of the 5 seeds (the rule a remedy pair is held to as well)
        var kept = rows.stream().collect(Collectors.groupingBy(Sweep.Row::preset,
                Collectors.filtering(Sweep.Row::asPromised, Collectors.counting())));
        assertThat(kept).allSatisfy((preset, n) -> assertThat(n).as(preset).isGreaterThanOrEqualTo(4));
    }

    @Test
    void everyRemedyInTheRecordCuresTheFailureItNames() throws Exception {
        List<CurePairs.Pair> pairs = CurePairs.pairs(RECORD);
        assertThat(pairs).extracting(p -> p.remedy().name()).containsExactlyInAnyOrderElementsOf(
                Presets.all().stream().filter(p -> p.cures() != null).map(p -> p.name()).toList());
        // every pair on seeds 1-5: the failure not Stable and the cure Stable on at least 4 (what each preset promises)
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.seeds()).as(p.remedy().name()).hasSize(5);
            assertThat(p.failing()).as(p.failure().name()).isGreaterThanOrEqualTo(PairRule.NEEDED);
            assertThat(p.cured()).as(p.remedy().name()).isGreaterThanOrEqualTo(PairRule.NEEDED);
        });
        // a preset that names the failure it cures has a pair that counts by the one rule: the others name none
        assertThat(pairs).allSatisfy(p -> assertThat(p.counts()).as(p.remedy().name() + " cures "
                + p.failure().name() + " by the pair rule").isTrue());
        assertThat(Files.readString(Path.of("resources", "gallery", "README.md")))
                .contains(CurePairs.markdown(pairs));
        // both READMEs say how many pairs count, in words, from the record
        String[] words = {"No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
        String said = words[(int) pairs.stream().filter(CurePairs.Pair::counts).count()] + " pairs count";
        assertThat(Files.readString(Path.of("README.md"))).contains(said + " today");
        assertThat(Files.readString(Path.of("resources", "gallery", "README.md"))).contains(said + " over");
        // the rule's margin for a winning D, as the README states it
        assertThat(Files.readString(Path.of("README.md"))).contains("at least " + PairRule.TELLS_APART + " above")
                .contains("by at least " + Math.round(PairRule.MARGIN * 100) + "% of the failure's figure");
    }

    /**
     * DiffAugment's description quotes D's held-out gap (its training images against unseen ones, after the last
     * epoch) of the failure and of its own runs on seeds 1-5, as the recorded cells have them.
     */
    @Test
    void diffAugmentsDescriptionQuotesTheHeldOutGapOfItsRecordedCells() throws Exception {
        double[] failure = gaps("too-little-data");
        double[] remedy = gaps("remedy-diffaugment");
        assertThat(Presets.get("remedy-diffaugment").description()).contains(String.format(Locale.ROOT,
                "fell from %.2f-%.2f to between %.2f and %.2f", failure[0], failure[1], remedy[0], remedy[1]));
    }

    /** The lowest and highest held-out gap after the last epoch of {@code preset}'s recorded cells. */
    private static double[] gaps(String preset) throws Exception {
        double[] range = {Double.MAX_VALUE, -Double.MAX_VALUE};
        for (long seed = 1; seed <= 5; seed++) {
            double gap = CurePairs.Arm.read(RECORD.resolve(preset).resolve("seed-" + seed)).gap();
            range[0] = Math.min(range[0], gap);
            range[1] = Math.max(range[1], gap);
        }
        return range;
    }

    @Test
    void everyRecordedCellRanTodaysPresetOnItsSeed() throws Exception {
        // a preset changed after its cells were recorded leaves stale cells: they must be run again
        for (Sweep.Row r : Sweep.rows(RECORD)) {
            var recorded = RunRecords.read(RECORD.resolve(r.folder()).resolve(RunFiles.CONFIG));
            assertThat(recorded.config()).as("%s: the settings it ran with", r.folder())
                    .isEqualTo(new Sweep.Cell(r.preset(), r.seed(), null, null).config(Map.of()));
        }
    }

    @Test
    void theGalleryReadmeShowsTheTableTheRecordBuilds() throws Exception {
        String table = SweepTable.markdown(Sweep.rows(RECORD));
        assertThat(Files.readString(Path.of("resources", "gallery", "README.md"))).contains(table);
    }
}
