package org.ganlab.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.config.ExperimentPreset;
import org.ganlab.guide.Guide;

/**
 * The ranges of figures a text quotes ("0.99-1.77", "53-66%", "5 to 8", "0 or 1 of the 8 modes"), sentence by
 * sentence, for the tests that hold presets, guide pages and READMEs to their records: a sentence that says its
 * figures come from elsewhere ({@code outside}) is left out, and so are the seeds and epochs a sentence counts
 * ("seeds 1-5", "epochs 3-9").
 */
final class QuotedRanges {
    /** A range as quoted (thousands' commas dropped), and whether it is of percentages. */
    record Range(String sentence, String quoted, String low, String high, boolean percent) {
    }

    private static final Pattern RANGE = Pattern.compile("(?<![\\w.,])(\\d[\\d,]*(?:\\.\\d+)?)%?"
            + "(?:-| to | or (?=\\d+ (?:of the 8 |modes)))(\\d[\\d,]*(?:\\.\\d+)?)(%?)");

    /** Whether a range a text of a preset quotes is a recorded one of the presets the text is about. */
    interface Record<P> {
        Set<String> about(P preset, String text);

        boolean holds(Set<String> about, Range range) throws IOException;
    }

    /** The ranges the presets' texts quote (outside sentences {@code outside} marks), and those the record lacks. */
    record Checked(int count, List<String> wrong) {
    }

    private QuotedRanges() {
    }

    /** Every range each of {@code presets} quotes of itself, checked against {@code record}. */
    static <P extends ExperimentPreset> Checked check(List<P> presets, Pattern outside, Record<P> record)
            throws IOException {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (P preset : presets) {
            for (String text : texts(preset)) {
                Set<String> about = record.about(preset, text);
                for (Range r : in(text, outside)) {
                    count++;
                    if (!record.holds(about, r)) {
                        wrong.add(preset.name() + ": \"" + r.quoted() + "\" in \"" + r.sentence() + "\"");
                    }
                }
            }
        }
        return new Checked(count, wrong);
    }

    /** What a preset says of itself: its description and its guide page's sections. */
    static List<String> texts(ExperimentPreset preset) {
        List<String> texts = new ArrayList<>(List.of(preset.description()));
        Guide.forPreset(preset.name()).ifPresent(p -> Stream.of(p.curves(), p.grid(), p.why(), p.tryThis())
                .filter(s -> s != null).forEach(texts::add));
        return texts;
    }

    /** The ranges {@code text} quotes in sentences that {@code outside} does not mark as from elsewhere. */
    static List<Range> in(String text, Pattern outside) {
        List<Range> out = new ArrayList<>();
        for (String sentence : text.split("(?<=\\.)\\s+(?=[A-Z'])")) {
            if (outside.matcher(sentence).find()) {
                continue;
            }
            Matcher m = RANGE.matcher(sentence);
            while (m.find()) {
                if (!sentence.substring(0, m.start()).matches("(?s).*\\b(?:seeds?|epochs?) $")) {
                    out.add(new Range(sentence, m.group(), m.group(1).replace(",", ""), m.group(2).replace(",", ""),
                            !m.group(3).isEmpty()));
                }
            }
        }
        return out;
    }
}
