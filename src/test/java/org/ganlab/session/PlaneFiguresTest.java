package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.junit.jupiter.api.Test;

/**
 * Every range of figures that a preset on points or its guide page quotes ("5 to 8 modes", "the mode KL 0.99-1.77",
 * "38-62% of G's points on a mode") comes from the playground's records: both ends are figures one measure of one
 * preset the text is about (the preset, the failure it was made against or that it cures, a preset it names) had on
 * recorded seeds, at the precision quoted. A figure from a run outside the records says so in its own sentence ("not
 * recorded", or the unseen seeds 11, 17 and 23 it was checked on). Settings ("gamma 1 or 0.1") are not ranges here.
 */
class PlaneFiguresTest {
    /** Marks nothing: every sentence's ranges are read. */
    private static final Pattern NOTHING = Pattern.compile("(?!)");
    /** What marks a sentence's figures as from runs outside the records. */
    private static final Pattern UNRECORDED = Pattern.compile("not recorded|seeds? 11|seeds? 17|seeds? 23|17:");

    /** The playground's records, read for each test. */
    private final PlaneRecord.Tables record;

    PlaneFiguresTest() throws IOException {
        record = PlaneRecord.readAll(Path.of("resources", "sweep"));
    }

    @Test
    void everyRangeAPresetOnPointsOrItsGuideQuotesIsARecordedRange() throws IOException {
        QuotedRanges.Checked checked = QuotedRanges.check(PlanePresets.all(), UNRECORDED, new QuotedRanges.Record<>() {
            @Override
            public Set<String> about(PlanePreset preset, String text) {
                return PlaneFiguresTest.this.about(preset, text);
            }

            @Override
            public boolean holds(Set<String> about, QuotedRanges.Range r) {
                return recorded(about, r.low(), r.high(), r.percent());
            }
        });
        assertThat(checked.wrong()).as("ranges quoted that no record of the presets they are about holds").isEmpty();
        assertThat(checked.count()).as("ranges checked").isGreaterThanOrEqualTo(20);
    }

    /**
     * The README's paragraphs on the playground (its bullet under "Using the lab" and "The 2-D playground, headless"):
     * each range quoted in a sentence or a table row that names presets on points comes from their records.
     */
    @Test
    void everyRangeTheReadmeQuotesAboutThePlaygroundIsARecordedRange() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("- **2-D playground**");
        String bullet = readme.substring(from, readme.indexOf("\n- **", from + 1));
        int headless = readme.indexOf("### The 2-D playground, headless");
        String text = bullet + "\n" + readme.substring(headless, readme.indexOf("\n### ", headless + 1));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String part : text.split("(?<=\\.)\\s+(?=[A-Z`'])|\\n(?=\\s*\\|)|\\n\\s*\\n")) {
            Set<String> about = new LinkedHashSet<>();
            PlanePresets.all().stream().filter(p -> part.contains("`" + p.name() + "`"))
                    .forEach(p -> about.addAll(about(p, part)));
            boolean measured = part.strip().startsWith("|") || part.matches("(?s).*\\bseeds? \\d.*");
            if (about.isEmpty() || !measured || UNRECORDED.matcher(part).find() && !part.strip().startsWith("|")) {
                continue; // a statement of what was measured names its seeds, or is a row of the table
            }
            // a table row's figures on the unseen seeds, "(17: Stable, 8/8)", are not the record's
            String recordedPart = part.replaceAll("\\([^()]*(?:seeds? 11|17:)[^()]*\\)", "");
            for (QuotedRanges.Range r : QuotedRanges.in(recordedPart, NOTHING)) {
                checked++;
                if (!recorded(about, r.low(), r.high(), r.percent())) {
                    wrong.add("\"" + r.quoted() + "\" in \"" + part.strip() + "\"");
                }
            }
        }
        assertThat(wrong).as("ranges the README quotes that no record of the presets named holds").isEmpty();
        assertThat(checked).as("ranges checked").isGreaterThanOrEqualTo(15);
    }

    /** The presets a text of {@code preset} is about: itself, its failure or cure, and any it names or titles. */
    private Set<String> about(PlanePreset preset, String text) {
        Set<String> about = new LinkedHashSet<>(List.of(preset.name()));
        for (PlanePreset other : PlanePresets.all()) {
            if (other.name().equals(preset.cures()) || preset.name().equals(other.cures())
                    || text.contains(other.name()) || text.contains("'" + other.title() + "'")) {
                about.add(other.name());
            }
        }
        record.pairs().stream().filter(p -> p.remedy().equals(preset.name())).forEach(p -> about.add(p.failure()));
        record.pairs().stream().filter(p -> p.failure().equals(preset.name())).forEach(p -> about.add(p.remedy()));
        return about;
    }

    /** Whether {@code low} and {@code high} are both figures of one measure of one of the presets, as quoted. */
    private boolean recorded(Set<String> presets, String low, String high, boolean percent) {
        for (String preset : presets) {
            List<PlaneRecord.Run> runs = record.runs().stream().filter(r -> r.preset().equals(preset)).toList();
            List<ToDoubleFunction<PlaneRecord.Run>> measures = percent
                    ? List.of(PlaneRecord.Run::onMode, PlaneRecord.Run::hopping)
                    : List.of(PlaneRecord.Run::modes, PlaneRecord.Run::kl, PlaneRecord.Run::dLoss);
            for (ToDoubleFunction<PlaneRecord.Run> measure : measures) {
                List<String> values = runs.stream().map(r -> quoted(measure.applyAsDouble(r) * (percent ? 100 : 1),
                        low)).toList();
                if (values.contains(low) && values.contains(high)) {
                    return true;
                }
            }
            if (percent && pairAccuracies(preset, low).containsAll(List.of(low, high))) {
                return true;
            }
        }
        return false;
    }

    /** D's accuracy on every recorded seed of the pairs {@code preset} is an arm of, as a percentage. */
    private List<String> pairAccuracies(String preset, String like) {
        List<String> out = new ArrayList<>();
        for (PlaneRecord.Pair pair : record.pairs()) {
            for (PlaneRecord.PairSeed s : pair.seeds()) {
                if (pair.failure().equals(preset)) {
                    out.add(quoted(100 * s.failure().dAccuracy(), like));
                }
                if (pair.remedy().equals(preset)) {
                    out.add(quoted(100 * s.remedy().dAccuracy(), like));
                }
            }
        }
        return out;
    }

    /** {@code v} with as many decimals as {@code like} has. */
    private static String quoted(double v, String like) {
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
