package org.ganlab.session;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.PlaneCheck;
import org.ganlab.run.PlaneRunFolder;

/** The plane presets' runs as a Markdown table: a row per preset and seed, then each preset's count. */
public final class PlaneTable {
    /** One run's row of the table. */
    public record Row(String preset, String expect, long seed, PlaneDiagnosis diagnosis, PlaneCheck last, double hopping,
               double speed, double seconds) {
        /** The row of a run with these checks: its verdict, its last check and its hopping read from them. */
        public static Row of(String preset, String expect, long seed, List<PlaneCheck> checks, double speed,
                      double seconds) {
            return new Row(preset, expect, seed, PlaneDiagnosis.of(checks), checks.get(checks.size() - 1),
                    PlaneDiagnosis.hoppingOf(checks), speed, seconds);
        }

        public boolean asExpected() {
            return diagnosis.verdict().label().equals(expect);
        }
    }

    private PlaneTable() {
    }

    public static String markdown(List<Row> rows, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# The 2-D playground's presets over seeds\n\n");
        md.append("Written by `plane --all --seeds ... --record FILE` on ").append(machine).append(".\n\n");
        md.append("Modes, on-mode share and KL are those of the last check (1,000 points of G); the verdict reads the "
                + "last 8 checks (median modes covered, hopping = the share of G's on-mode points that change mode "
                + "between checks 250 iterations apart). Speed: training iterations per second, checks and pictures "
                + "excluded.\n\n");
        md.append("| preset | expected | seed | verdict | modes | on a mode | KL | hopping | D loss | G loss | it/s "
                + "| seconds |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            var m = r.last().measures();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s%s | %d/%d | %.0f%% | %.2f | %.0f%% | %.3f | %.3f "
                    + "| %s | %s |%n", r.preset(), r.expect(), r.seed(), r.diagnosis().verdict().label(),
                    r.asExpected() ? "" : " (not as expected)", m.covered(), m.histogram().length,
                    100 * m.highQuality(), m.kl(), 100 * r.hopping(), r.last().dLoss(), r.last().gLoss(),
                    timed("%.0f", r.speed()), timed("%.1f", r.seconds())));
        }
        md.append("\n| preset | expected | seeds as expected |\n| --- | --- | --- |\n");
        rows.stream().map(Row::preset).distinct().forEach(p -> {
            List<Row> of = rows.stream().filter(r -> r.preset().equals(p)).toList();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d of %d |%n", p, of.get(0).expect(),
                    of.stream().filter(Row::asExpected).count(), of.size()));
        });
        pairs(rows, md);
        return md.toString();
    }

    /** A time or a speed, or "-" when there is none to show. */
    static String timed(String format, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "-";
    }

    /**
     * Each remedy beside the failure it names in {@code cures}, seed by seed, when both were run: the verdicts and the
     * failure's own witness at the last check ({@link PointsWitness}); whether the pair counts, by the one
     * {@link PairRule} of both kinds of data.
     */
    static void pairs(List<Row> rows, StringBuilder md) {
        pairs(rows, md, PlanePresets.all());
    }

    /** A seed both arms of a pair ran. */
    private record Arms(long seed, Row failure, Row remedy) {
    }

    /** {@link #pairs(List, StringBuilder)} over the given presets. */
    static void pairs(List<Row> rows, StringBuilder md, List<PlanePreset> presets) {
        for (var remedy : presets) {
            if (remedy.cures() == null) {
                continue;
            }
            var cure = rows.stream().filter(r -> r.preset().equals(remedy.name())).toList();
            var failed = rows.stream().filter(r -> r.preset().equals(remedy.cures())).toList();
            var seeds = cure.stream().map(Row::seed)
                    .filter(s -> failed.stream().anyMatch(f -> f.seed() == s)).toList();
            if (seeds.isEmpty()) {
                continue;
            }
            PointsWitness witness = PointsWitness.of(Verdict.ofLabel(failed.get(0).expect())
                    .orElse(Verdict.MODE_COLLAPSE));
            md.append("\n### ").append(remedy.name()).append(" cures ").append(remedy.cures()).append("\n\n");
            md.append("| seed | failure | remedy | modes | KL | hopping | D loss | D accuracy | on a mode "
                    + "| seconds |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            List<Arms> arms = seeds.stream().map(seed -> new Arms(seed,
                    failed.stream().filter(r -> r.seed() == seed).findFirst().orElseThrow(),
                    cure.stream().filter(r -> r.seed() == seed).findFirst().orElseThrow())).toList();
            for (Arms a : arms) {
                var f = a.failure();
                var c = a.remedy();
                var fm = f.last().measures();
                var cm = c.last().measures();
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d -> %d | %.2f -> %.2f | %.0f%% -> %.0f%% "
                        + "| %.3f -> %.3f | %.0f%% -> %.0f%% | %.0f%% -> %.0f%% | %s / %s |%n", a.seed(),
                        f.diagnosis().verdict().label(), c.diagnosis().verdict().label(), fm.covered(), cm.covered(),
                        fm.kl(), cm.kl(), 100 * f.hopping(), 100 * c.hopping(), f.last().dLoss(), c.last().dLoss(),
                        100 * f.last().dAccuracy(), 100 * c.last().dAccuracy(), 100 * fm.highQuality(),
                        100 * cm.highQuality(), timed("%.0f", f.seconds()), timed("%.0f", c.seconds())));
            }
            PairRule.Judgement judged = PairRule.judge(arms,
                    a -> PairRule.failed(a.failure().diagnosis().verdict()),
                    a -> a.remedy().diagnosis().verdict() == Verdict.STABLE,
                    a -> witness.moved(figures(a.failure()), figures(a.remedy())));
            boolean own = arms.stream().allMatch(a -> witness.ownMoved(figures(a.failure()), figures(a.remedy())));
            String fell = arms.stream().filter(a -> !PointsWitness.guarded(figures(a.failure()), figures(a.remedy())))
                    .map(a -> String.valueOf(a.seed())).collect(Collectors.joining(", "));
            md.append('\n').append(judged.sentence(witness.text() + (own ? " moved the right way on every seed"
                    : " moved the right way on not every seed") + (fell.isEmpty() ? " and the share on a mode held"
                    : ", and the share on a mode fell by the margin on seed" + (fell.contains(",") ? "s " : " ")
                    + fell))).append('\n');
        }
    }

    /**
     * The line that sums up a run on points against another trained on the same data (a failure and the remedy Cure
     * it trained, or a saved run): both verdicts, the settings that differ, and the witness's figures at their last
     * checks, as Compare shows it over a pair on images. The witness is the first run's preset's promised failure.
     */
    public static String pairLine(PlaneRunFolder a, PlaneRunFolder b) {
        if (a.checks().isEmpty() || b.checks().isEmpty()) {
            return "A: " + a.record().preset() + "  ·  B: " + b.record().preset() + "   ·   not judged yet: a run "
                    + "without a check";
        }
        Row first = Row.of(a.record().preset(), "", a.record().points().seed(), a.checks(), 0, 0);
        Row second = Row.of(b.record().preset(), "", b.record().points().seed(), b.checks(), 0, 0);
        List<String> changed = ConfigSchema.POINTS.differences(a.record().points(), b.record().points()).stream()
                .filter(k -> !k.equals("seed")).toList();
        Verdict promised = PlanePresets.find(a.record().preset()).flatMap(p -> Verdict.ofLabel(p.expect()))
                .orElse(first.diagnosis().verdict());
        PointsWitness.Figures f = figures(first);
        PointsWitness.Figures c = figures(second);
        return String.format(Locale.ROOT, "A: %s  \u2192  B: %s   \u00b7   changed: %s   \u00b7   witness, %s: modes "
                + "%d \u2192 %d, KL %.2f \u2192 %.2f, hopping %.0f%% \u2192 %.0f%%, D's accuracy %.0f%% \u2192 %.0f%%, "
                + "on a mode %.0f%% \u2192 %.0f%%", first.diagnosis().verdict().label(),
                second.diagnosis().verdict().label(), changed.isEmpty() ? "nothing" : String.join(", ", changed),
                PointsWitness.of(promised).text(), f.modes(), c.modes(), f.kl(), c.kl(), 100 * f.hopping(),
                100 * c.hopping(), 100 * f.dAccuracy(), 100 * c.dAccuracy(), 100 * f.onMode(), 100 * c.onMode());
    }

    /** The figures of a row's last check that a witness reads. */
    static PointsWitness.Figures figures(Row r) {
        var m = r.last().measures();
        return new PointsWitness.Figures(m.covered(), m.kl(), r.hopping(), r.last().dAccuracy(), m.highQuality());
    }
}
