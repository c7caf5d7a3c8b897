package org.ganlab.session;

import java.util.List;
import java.util.Locale;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.PlaneCheck;
import org.ganlab.session.CurePairs;

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
     * failure's own witnesses at the last check: for a collapse, the modes covered (up) and the mode KL (down); for an
     * oscillation, the hopping (down) with the modes covered not falling; for a D that wins, D's accuracy (down: the
     * share of points it sorts right, by the sign of its score for the hinge loss and by the side of its midpoint for
     * the critic, so that arms with different losses compare) and the share of G's points on a mode (up). The pair
     * counts by the image pairs' rule: of at least 5 seeds, the failure is not Stable and the remedy Stable on
     * {@link org.ganlab.session.CurePairs#NEEDED} or more each, and the witnesses move the right way on every seed.
     */
    static void pairs(List<Row> rows, StringBuilder md) {
        pairs(rows, md, PlanePresets.all());
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
            String failure = failed.get(0).expect();
            md.append("\n### ").append(remedy.name()).append(" cures ").append(remedy.cures()).append("\n\n");
            md.append("| seed | failure | remedy | modes | KL | hopping | D loss | D accuracy | on a mode "
                    + "| seconds |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            int failures = 0;
            int cured = 0;
            boolean moved = true;
            for (long seed : seeds) {
                var f = failed.stream().filter(r -> r.seed() == seed).findFirst().orElseThrow();
                var c = cure.stream().filter(r -> r.seed() == seed).findFirst().orElseThrow();
                var fm = f.last().measures();
                var cm = c.last().measures();
                failures += f.diagnosis().verdict() == Verdict.STABLE ? 0 : 1;
                cured += c.diagnosis().verdict() == Verdict.STABLE ? 1 : 0;
                moved &= switch (failure) {
                    case "Convergence failure" -> c.last().dAccuracy() < f.last().dAccuracy()
                            && cm.highQuality() > fm.highQuality();
                    case "Oscillation" -> c.hopping() < f.hopping() && cm.covered() >= fm.covered();
                    default -> cm.covered() > fm.covered() && cm.kl() < fm.kl();
                };
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %d -> %d | %.2f -> %.2f | %.0f%% -> %.0f%% "
                        + "| %.3f -> %.3f | %.0f%% -> %.0f%% | %.0f%% -> %.0f%% | %s / %s |%n", seed,
                        f.diagnosis().verdict().label(), c.diagnosis().verdict().label(), fm.covered(), cm.covered(),
                        fm.kl(), cm.kl(), 100 * f.hopping(), 100 * c.hopping(), f.last().dLoss(), c.last().dLoss(),
                        100 * f.last().dAccuracy(), 100 * c.last().dAccuracy(), 100 * fm.highQuality(),
                        100 * cm.highQuality(), timed("%.0f", f.seconds()), timed("%.0f", c.seconds())));
            }
            int n = seeds.size();
            boolean counts = n >= 5 && failures >= CurePairs.NEEDED
                    && cured >= CurePairs.NEEDED && moved;
            String witness = switch (failure) {
                case "Convergence failure" -> "D's accuracy and the share on a mode";
                case "Oscillation" -> "the hopping (with the modes covered)";
                default -> "the modes covered and the KL";
            };
            md.append(String.format(Locale.ROOT, "%nFailure not Stable on %d of %d seeds, remedy Stable on %d; %s "
                    + "moved the right way on %s: %s%n", failures, n, cured, witness, moved ? "every seed"
                    : "not every seed", counts ? "**the pair counts**." : n < 5 ? "fewer than 5 seeds, not judged."
                    : "the pair does not count."));
        }
    }
}
