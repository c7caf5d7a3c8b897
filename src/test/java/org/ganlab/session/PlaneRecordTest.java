package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
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
     * The README's table of presets on points quotes its figures from the record, over the seeds that kept the
     * preset's promise: the modes covered ("4 to 6 modes"), the mode KL, the share of points that change mode, the
     * share on a mode and D's loss, each to the precision quoted.
     */
    @Test
    void theReadmesTableQuotesItsFiguresFromTheRecord() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int checked = 0;
        for (PlanePreset preset : PlanePresets.all()) {
            Matcher row = Pattern.compile("\\| `" + Pattern.quote(preset.name())
                    + "` \\|[^\\n]*\\| [A-Za-z ]+ \\d/5: ([^(\\n]*)").matcher(readme);
            assertThat(row.find()).as(preset.name()).isTrue();
            String quoted = row.group(1);
            List<PlaneRecord.Run> kept = runsOf(preset.name()).stream().filter(PlaneRecord.Run::asExpected).toList();
            checked += quoted(quoted, "(\\d+) (?:to|or) (\\d+) modes|(\\d+)-(\\d+) modes", kept, r -> r.modes(), 1,
                    preset.name() + ": modes covered");
            checked += quoted(quoted, "KL (\\d\\.\\d+)-(\\d\\.\\d+)", kept, PlaneRecord.Run::kl, 1,
                    preset.name() + ": the mode KL");
            checked += quoted(quoted, "(\\d+)-(\\d+)% of the points change mode", kept, PlaneRecord.Run::hopping, 100,
                    preset.name() + ": the points that change mode");
            checked += quoted(quoted, "(\\d+)-(\\d+)% of G's points on a mode", kept, PlaneRecord.Run::onMode, 100,
                    preset.name() + ": the points on a mode");
            checked += quoted(quoted, "D's loss (\\d\\.\\d+)-(\\d\\.\\d+)", kept, PlaneRecord.Run::dLoss, 1,
                    preset.name() + ": D's loss");
        }
        assertThat(checked).as("figures checked").isGreaterThanOrEqualTo(12);
    }

    /**
     * Checks the first range {@code pattern} finds in {@code text} (if any) against the lowest and highest figure of
     * {@code runs}, scaled by {@code scale} and rounded as quoted; 1 when a range was checked.
     */
    private static int quoted(String text, String pattern, List<PlaneRecord.Run> runs,
                              ToDoubleFunction<PlaneRecord.Run> figure, double scale, String what) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            return 0;
        }
        int g = m.group(1) != null ? 1 : 3;
        String low = m.group(g);
        String high = m.group(g + 1);
        double min = runs.stream().mapToDouble(figure).min().orElseThrow() * scale;
        double max = runs.stream().mapToDouble(figure).max().orElseThrow() * scale;
        assertThat(low + "-" + high).as(what + " in the README, against the record")
                .isEqualTo(asQuoted(min, low) + "-" + asQuoted(max, high));
        return 1;
    }

    /** {@code v} with as many decimals as {@code like} has. */
    private static String asQuoted(double v, String like) {
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
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
