package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.records.QualityRow;
import org.ganlab.run.QualityFile;
import org.junit.jupiter.api.Test;

/**
 * Every range of figures that a preset on images or its guide page quotes ("Frechet distance 147-161", "D(x) fell from
 * 0.85-0.98 to 0.65-0.73", "2 to 6 digits per epoch") comes from the recorded runs: the sweep's cells
 * (resources/sweep/PRESET/seed-N) and the gallery's run (resources/gallery/PRESET). Both ends are figures that one measure of one preset the text is about had, at the precision quoted, at
 * the end of a recorded run (the pair table's figures: the last epoch's quality, the last 60 iterations' D(x),
 * D(G(z)) and G's loss) or after one of its epochs. A figure from runs outside the record says so in its own sentence
 * ("not recorded", "seed 9", "longer runs"); a reading of a curve in words ("about", "near") is not a quoted figure.
 */
class ImageFiguresTest {
    private static final Pattern OUTSIDE = Pattern.compile(
            "not recorded|seeds? 9|and 9\\b|epoch 1[1-9]|longer runs?|about|near|within|settles|stays",
            Pattern.CASE_INSENSITIVE);
    private static final Path SWEEP = Path.of("resources", "sweep");
    private static final Path GALLERY = Path.of("resources", "gallery");

    /** Per preset, per measure ("final frechet", "epoch kl", ...), the recorded figures. */
    private final Map<String, Map<String, List<Double>>> recorded = new HashMap<>();

    @Test
    void everyRangeAPresetOnImagesOrItsGuideQuotesIsARecordedRange() throws IOException {
        QuotedRanges.Checked checked = QuotedRanges.check(Presets.all(), OUTSIDE, new QuotedRanges.Record<>() {
            @Override
            public Set<String> about(Preset preset, String text) {
                return ImageFiguresTest.about(preset, text);
            }

            @Override
            public boolean holds(Set<String> about, QuotedRanges.Range r) throws IOException {
                return isRecorded(about, r.low(), r.high(), r.percent());
            }
        });
        assertThat(checked.wrong()).as("ranges quoted that no recorded cell of the presets they are about holds")
                .isEmpty();
        assertThat(checked.count()).as("ranges checked").isGreaterThanOrEqualTo(35);
    }

    /** The preset, the failure it cures or that cures it, and every preset its texts name. */
    private static Set<String> about(Preset preset, String text) {
        Set<String> about = new LinkedHashSet<>(List.of(preset.name()));
        for (Preset other : Presets.all()) {
            if (other.name().equals(preset.cures()) || preset.name().equals(other.cures())
                    || text.contains(other.name()) || preset.description().contains(other.name())) {
                about.add(other.name());
            }
        }
        return about;
    }

    private boolean isRecorded(Set<String> presets, String low, String high, boolean percent) throws IOException {
        for (String preset : presets) {
            for (List<Double> values : figures(preset).values()) {
                for (double scale : percent ? new double[] {100} : new double[] {1, 100}) {
                    List<String> quoted = values.stream().map(v -> quoted(v * scale, low)).toList();
                    if (quoted.contains(low) && quoted.contains(high)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The recorded figures of {@code preset}'s runs, read once: each run's end (as its pair table reads it) and each
     * of its epochs.
     */
    private Map<String, List<Double>> figures(String preset) throws IOException {
        if (recorded.containsKey(preset)) {
            return recorded.get(preset);
        }
        Map<String, List<Double>> out = new HashMap<>();
        Path dir = SWEEP.resolve(preset);
        List<Path> runs = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> cells = Files.list(dir)) {
                runs.addAll(cells.filter(Files::isDirectory).sorted().toList());
            }
        }
        Path gallery = GALLERY.resolve(preset); // the gallery's recorded run, which the guide pages describe
        if (Files.isRegularFile(gallery.resolve(QualityFile.FILE))) {
            runs.add(gallery);
        }
        for (Path cell : runs) {
            CurePairs.Arm a = CurePairs.Arm.read(cell);
            double[] ends = {a.digits(), a.kl(), a.dx(), a.dgz(), a.gLoss(), a.gap(), a.frechet()};
            String[] names = {"digits", "kl", "D(x)", "D(G(z))", "G loss", "held-out gap", "frechet"};
            for (int i = 0; i < ends.length; i++) {
                out.computeIfAbsent("final " + names[i], k -> new ArrayList<>()).add(ends[i]);
            }
            for (QualityRow q : QualityFile.read(cell.resolve(QualityFile.FILE))) {
                double[] epoch = {q.modes(), q.kl(), q.inceptionScore(), q.frechetDistance(), q.precision(),
                        q.recall()};
                for (int i = 0; i < epoch.length; i++) {
                    out.computeIfAbsent("epoch " + i, k -> new ArrayList<>()).add(epoch[i]);
                }
            }
        }
        recorded.put(preset, out);
        return out;
    }

    /** {@code v} with as many decimals as {@code like} has. */
    private static String quoted(double v, String like) {
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
