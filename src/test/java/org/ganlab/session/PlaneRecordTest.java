package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.diagnosis.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The playground's records (resources/sweep/plane*.md, written by {@code plane --record}) read back: every preset on
 * points was recorded on seeds 1-5 promising what it promises today, the README quotes each preset's count from its
 * record, and every recorded pair, judged again by the one pair rule of both kinds, counts as the record says.
 */
class PlaneRecordTest {
    private static PlaneRecord.Tables record;

    @BeforeAll
    static void read() throws Exception {
        record = PlaneRecord.readAll(Path.of("resources", "sweep"));
    }

    @Test
    void everyPresetOnPointsWasRecordedOnFiveSeedsPromisingWhatItPromisesToday() {
        for (PlanePreset preset : PlanePresets.all()) {
            List<PlaneRecord.Run> runs = runsOf(preset.name());
            assertThat(runs).extracting(PlaneRecord.Run::seed).as(preset.name()).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(runs).extracting(PlaneRecord.Run::expected).as(preset.name()).containsOnly(preset.expect());
        }
    }

    @Test
    void theReadmeQuotesEachPresetsVerdictCountFromItsRecord() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (PlanePreset preset : PlanePresets.all()) {
            Matcher m = Pattern.compile("\\| `" + Pattern.quote(preset.name()) + "` \\|[^\\n]*\\| ([A-Za-z ]+) (\\d)/5")
                    .matcher(readme);
            assertThat(m.find()).as("the README's table has a row for " + preset.name()).isTrue();
            assertThat(m.group(1)).as(preset.name()).isEqualTo(preset.expect());
            long asExpected = runsOf(preset.name()).stream().filter(PlaneRecord.Run::asExpected).count();
            assertThat(Integer.parseInt(m.group(2))).as(preset.name() + ": seeds as expected, by its record")
                    .isEqualTo(asExpected);
        }
    }

    /**
     * A preset on points that says it cures a failure has a recorded pair against it that counts; a recorded pair that
     * does not count (packing against five D steps) is not offered as a cure.
     */
    @Test
    void everyRecordedPairCountsByTheOneRuleAsItsRecordSays() {
        for (PlanePreset remedy : PlanePresets.all()) {
            if (remedy.cures() != null) {
                assertThat(record.pairs()).as(remedy.name() + " cures " + remedy.cures() + " by a pair that counts")
                        .anyMatch(p -> p.remedy().equals(remedy.name()) && p.failure().equals(remedy.cures())
                                && p.countsAsRecorded());
            }
        }
        for (PlaneRecord.Pair pair : record.pairs()) {
            assertThat(pair.countsAsRecorded() || !pair.failure().equals(PlanePresets.get(pair.remedy()).cures()))
                    .as(pair.remedy() + " is offered as a cure of " + pair.failure() + " without a pair that counts")
                    .isTrue();
            PointsWitness witness = PointsWitness.of(Verdict.ofLabel(PlanePresets.get(pair.failure()).expect())
                    .orElseThrow());
            PairRule.Judgement judged = PairRule.judge(pair.seeds(),
                    s -> PairRule.failed(s.failureVerdict()),
                    s -> s.remedyVerdict().equals(Verdict.STABLE.label()),
                    s -> witness.moved(s.failure(), s.remedy()));
            assertThat(judged.counts()).as(pair.remedy() + " against " + pair.failure())
                    .isEqualTo(pair.countsAsRecorded());
        }
    }

    private static List<PlaneRecord.Run> runsOf(String preset) {
        return record.runs().stream().filter(r -> r.preset().equals(preset)).toList();
    }
}
