package org.ganlab.ui.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.session.Sweep;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * A sweep's table for {@link SweepView} to bind to: the rows read from the sweep's folder in the background, and the
 * title that says what was read (or why it could not be).
 */
public final class SweepModel implements ViewModel {
    /**
     * One run of the table.
     *
     * @param verdict its verdict, null when it has none (failed or unfinished: {@code text} says which)
     * @param broken  whether it does not show what its preset promises
     * @param run     its folder
     */
    public record Cell(Verdict verdict, String text, boolean broken, String tooltip, Path run) { }

    /** A preset (with the varied setting's value), the verdict it promises, its runs by seed, and how many kept it. */
    public record Line(String name, String promise, Map<Long, Cell> runs, String kept) { }

    /** The table: the seeds across, one line per preset. */
    public record Table(List<Long> seeds, List<Line> lines) { }

    private final Path sweep;
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    public SweepModel(BackgroundTasks tasks, Path sweep) {
        this.sweep = sweep;
        title.set("Sweep " + sweep.getFileName() + ": reading…");
        tasks.files(() -> Sweep.rows(sweep), read -> {
            title.set("Sweep of " + read.size() + " runs in " + sweep.getFileName() + "; click a cell to open its run");
            table.set(table(sweep, read));
        }, e -> title.set("cannot read the sweep " + sweep + ": " + BackgroundTasks.describe(e)));
    }

    /** The table, null until the sweep's rows have been read. */
    ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** The table of a sweep's rows (in a folder {@code sweep}): lines in the order met, seeds in order. */
    static Table table(Path sweep, List<Sweep.Row> rows) {
        List<Long> seeds = rows.stream().map(Sweep.Row::seed).distinct().sorted().toList();
        Map<String, Map<Long, Sweep.Row>> byLine = new LinkedHashMap<>();
        for (Sweep.Row r : rows) {
            byLine.computeIfAbsent(r.line(), k -> new LinkedHashMap<>()).put(r.seed(), r);
        }
        List<Line> lines = new ArrayList<>();
        for (var line : byLine.entrySet()) {
            var runs = line.getValue().values();
            Map<Long, Cell> cells = new LinkedHashMap<>();
            line.getValue().forEach((seed, row) -> cells.put(seed, cell(sweep, row)));
            lines.add(new Line(line.getKey(), "promises " + runs.iterator().next().expected(), cells,
                    runs.stream().filter(Sweep.Row::asPromised).count() + "/"
                            + runs.stream().filter(x -> !x.verdict().isEmpty()).count()));
        }
        return new Table(seeds, lines);
    }

    private static Cell cell(Path sweep, Sweep.Row row) {
        Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.label().equals(row.verdict()))
                .findFirst().orElse(null);
        boolean broken = verdict != null && !row.expected().isEmpty() && !row.asPromised();
        String tooltip = (broken ? "not what the preset promises (" + row.expected() + ")\n" : "")
                + row.folder() + "\nepochs: " + String.join(", ", row.epochVerdicts());
        return new Cell(verdict, verdict == null ? row.status() : verdict.label(), broken, tooltip,
                sweep.resolve(row.folder()));
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
