package org.ganlab.session;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ganlab.records.QualityRow;
import org.ganlab.run.AtomicFiles;
import org.ganlab.session.Sweep.Row;

/** The sweep's table: one CSV line per run, and a markdown table of verdicts by preset and seed. */
final class SweepTable {
    private static final String[] COLUMNS = {"preset", "seed", "setting", "value", "status", "verdict",
        "expected", "epoch_verdicts", "d_loss_real", "d_loss_fake", "g_loss", "d_acc_real", "d_acc_fake", "diversity", "realism",
        "digits_covered", "commonest_digit", "commonest_share", "frechet_distance", "frechet_floor", "recall", "folder"};

    private SweepTable() {
    }

    /** Writes sweep.csv and sweep.md into the sweep's folder from {@code rows}. */
    static void write(Path sweep, List<Row> rows) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader(COLUMNS)
                .setRecordSeparator('\n').build())) {
            for (Row r : rows) {
                List<Object> cells = new ArrayList<>(List.of(r.preset(), r.seed(), r.setting() == null ? "" : r.setting(),
                        r.value() == null ? "" : r.value(), r.status(), r.verdict(), r.expected(),
                        String.join("|", r.epochVerdicts())));
                for (double m : r.means()) {
                    cells.add(String.format(Locale.ROOT, "%.4f", m));
                }
                cells.add(String.format(Locale.ROOT, "%.3f", r.diversity()));
                cells.add(String.format(Locale.ROOT, "%.3f", r.realism()));
                cells.addAll(qualityCells(r.quality(), r.floor()));
                cells.add(r.folder().toString());
                out.printRecord(cells);
            }
        }
        AtomicFiles.writeString(sweep.resolve(Sweep.CSV), csv.toString());
        AtomicFiles.writeString(sweep.resolve(Sweep.MARKDOWN), markdown(rows));
    }

    /**
     * Digits covered, the commonest digit and its share, Frechet distance, its floor (real images against the same
     * reference at the same size; empty for runs measured before the floor was, against the first test images) and
     * recall; all empty when not scored.
     */
    private static List<Object> qualityCells(QualityRow q, QualityRow floor) {
        if (q == null || q.histogram() == null) {
            return List.of("", "", "", "", "", "");
        }
        int[] h = q.histogram();
        int top = 0;
        int total = 0;
        for (int d = 0; d < h.length; d++) {
            top = h[d] > h[top] ? d : top;
            total += h[d];
        }
        return List.of(q.modes(), top, String.format(Locale.ROOT, "%.3f", h[top] / (double) Math.max(1, total)),
                String.format(Locale.ROOT, "%.1f", q.frechetDistance()),
                floor == null ? "" : String.format(Locale.ROOT, "%.1f", floor.frechetDistance()),
                String.format(Locale.ROOT, "%.3f", q.recall()));
    }

    /**
     * One line per preset (and value), one column per seed, each cell the run's verdict, marked when it is not the
     * verdict the preset promises; the last column counts the runs named as promised.
     */
    static String markdown(List<Row> rows) {
        List<Long> seeds = rows.stream().map(Row::seed).distinct().sorted().toList();
        Map<String, Map<Long, Row>> lines = new LinkedHashMap<>();
        for (Row r : rows) {
            lines.computeIfAbsent(r.line(), k -> new LinkedHashMap<>()).put(r.seed(), r);
        }
        StringBuilder md = new StringBuilder("| preset | promises | ");
        md.append(seeds.stream().map(s -> "seed " + s).collect(Collectors.joining(" | ")))
                .append(" | as promised |\n|---|---|");
        md.append("---|".repeat(seeds.size() + 1)).append('\n');
        for (var line : lines.entrySet()) {
            Collection<Row> runs = line.getValue().values();
            md.append("| ").append(line.getKey()).append(" | ").append(runs.iterator().next().expected()).append(" | ");
            md.append(seeds.stream().map(s -> {
                Row r = line.getValue().get(s);
                if (r == null) {
                    return "";
                }
                if (r.verdict().isEmpty()) {
                    return r.status();
                }
                return r.asPromised() || r.expected().isEmpty() ? r.verdict() : "**" + r.verdict() + "** (x)";
            }).collect(Collectors.joining(" | ")));
            long judged = runs.stream().filter(r -> !r.verdict().isEmpty()).count();
            md.append(" | ").append(runs.stream().filter(Row::asPromised).count()).append('/').append(judged)
                    .append(" |\n");
        }
        return md.toString();
    }
}
