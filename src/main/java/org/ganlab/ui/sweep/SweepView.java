package org.ganlab.ui.sweep;

import org.ganlab.ui.samples.SamplesPane;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.session.Sweep;

/**
 * A sweep's table (see {@link Sweep}): a preset a row, a seed a column, each cell its run's verdict in the verdict's
 * colour; a click opens that run in the lab.
 */
public final class SweepView {
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    public SweepView(SweepModel model, Consumer<Path> openRun) {
        title.getStyleClass().add("caption");
        title.textProperty().bind(model.titleProperty());
        title.setId("sweep-title");
        grid.setHgap(2);
        grid.setVgap(4);
        grid.setId("sweep-grid");
        grid.setPadding(new Insets(4, 4, 8, 4));
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(8));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true); // the seed columns shrink (their text wraps) before a sideways scroll bar appears
        root.setCenter(scroll);
        root.getStyleClass().add("lab");
        model.rowsProperty().addListener((o, a, rows) -> show(model.folder(), rows, openRun));
    }

    public Node node() {
        return root;
    }

    public GridPane grid() {
        return grid;
    }

    private void show(Path sweep, List<Sweep.Row> rows, Consumer<Path> openRun) {
        List<Long> seeds = rows.stream().map(Sweep.Row::seed).distinct().sorted().toList();
        Map<String, Map<Long, Sweep.Row>> lines = new LinkedHashMap<>();
        for (Sweep.Row r : rows) {
            lines.computeIfAbsent(r.line(), k -> new LinkedHashMap<>()).put(r.seed(), r);
        }
        grid.getColumnConstraints().clear();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // preset names and promises are never cut
        grid.getColumnConstraints().add(names);
        for (int c = 0; c < seeds.size(); c++) {
            Label head = new Label("seed " + seeds.get(c));
            head.getStyleClass().add("caption");
            grid.add(head, c + 1, 0);
            ColumnConstraints column = new ColumnConstraints(120, 180, Double.MAX_VALUE);
            column.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(column);
        }
        ColumnConstraints counts = new ColumnConstraints();
        counts.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(counts);
        Label count = new Label("as\npromised"); // two short lines: five seeds still fit across 1024 pixels
        count.getStyleClass().add("caption");
        grid.add(count, seeds.size() + 1, 0);
        int r = 1;
        for (var line : lines.entrySet()) {
            Collection<Sweep.Row> runs = line.getValue().values();
            // the preset, and under it the verdict it promises
            Label name = new Label(line.getKey());
            name.getStyleClass().add("sweep-preset");
            Label promise = new Label("promises " + runs.iterator().next().expected());
            grid.add(new javafx.scene.layout.VBox(name, promise), 0, r);
            for (int c = 0; c < seeds.size(); c++) {
                Sweep.Row row = line.getValue().get(seeds.get(c));
                if (row != null) {
                    grid.add(cell(sweep, row, openRun), c + 1, r);
                }
            }
            Label kept = new Label(runs.stream().filter(Sweep.Row::asPromised).count() + "/"
                    + runs.stream().filter(x -> !x.verdict().isEmpty()).count());
            kept.getStyleClass().add("promise-count");
            grid.add(kept, seeds.size() + 1, r);
            r++;
        }
    }

    private static Label cell(Path sweep, Sweep.Row row, Consumer<Path> openRun) {
        Verdict verdict = java.util.Arrays.stream(Verdict.values()).filter(v -> v.label().equals(row.verdict()))
                .findFirst().orElse(null);
        Label cell = new Label(verdict == null ? row.status() : verdict.label());
        cell.getStyleClass().add("verdict-cell");
        if (verdict != null) {
            cell.getStyleClass().add(SamplesPane.styleClass(verdict));
        }
        cell.setMinWidth(120);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setWrapText(true);
        cell.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        cell.setAlignment(Pos.CENTER);
        boolean broken = verdict != null && !row.expected().isEmpty() && !row.asPromised();
        if (broken) { // a run that does not show what its preset promises stands out
            cell.getStyleClass().add("not-as-promised");
            cell.setText("\u2260 " + cell.getText());
        }
        cell.setTooltip(new Tooltip((broken ? "not what the preset promises (" + row.expected() + ")\n" : "")
                + row.folder() + "\nepochs: " + String.join(", ", row.epochVerdicts())));
        cell.setOnMouseClicked(e -> openRun.accept(sweep.resolve(row.folder())));
        return cell;
    }
}
