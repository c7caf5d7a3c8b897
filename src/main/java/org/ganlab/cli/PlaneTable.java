package org.ganlab.cli;

import java.util.List;
import java.util.Locale;

/** The plane presets' runs as a Markdown table: a row per preset and seed, then each preset's count. */
final class PlaneTable {
    private PlaneTable() {
    }

    static String markdown(List<PlaneCommand.Row> rows, String machine) {
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
        for (PlaneCommand.Row r : rows) {
            var m = r.last().measures();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s%s | %d/%d | %.0f%% | %.2f | %.0f%% | %.3f | %.3f "
                    + "| %.0f | %.1f |%n", r.preset(), r.expect(), r.seed(), r.diagnosis().verdict().label(),
                    r.asExpected() ? "" : " (not as expected)", m.covered(), m.histogram().length,
                    100 * m.highQuality(), m.kl(), 100 * r.hopping(), r.last().dLoss(), r.last().gLoss(), r.speed(),
                    r.seconds()));
        }
        md.append("\n| preset | expected | seeds as expected |\n| --- | --- | --- |\n");
        rows.stream().map(PlaneCommand.Row::preset).distinct().forEach(p -> {
            List<PlaneCommand.Row> of = rows.stream().filter(r -> r.preset().equals(p)).toList();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d of %d |%n", p, of.get(0).expect(),
                    of.stream().filter(PlaneCommand.Row::asExpected).count(), of.size()));
        });
        return md.toString();
    }
}
