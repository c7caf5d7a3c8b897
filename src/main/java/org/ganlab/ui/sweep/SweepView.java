package org.ganlab.ui.sweep;

import java.nio.file.Path;
import java.util.List;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.ganlab.session.Sweep;
import org.ganlab.ui.samples.VerdictLabels;

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
        model.tableProperty().addListener((o, a, table) -> show(table, openRun));
    }

    public Node node() {
        return root;
    }

    public GridPane grid() {
        return grid;
    }

    private void show(SweepModel.Table table, Consumer<Path> openRun) {
        List<Long> seeds = table.seeds();
        grid.getColumnConstraints().clear();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // preset names and promises are never cut
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
        counts.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(counts);
        Label count = new Label("as\npromised"); // two short lines: five seeds still fit across 1024 pixels
        count.getStyleClass().add("caption");
        grid.add(count, seeds.size() + 1, 0);
        int r = 1;
        for (SweepModel.Line line : table.lines()) {
            // the preset, and under it the verdict it promises
            Label name = new Label(line.name());
            name.getStyleClass().add("sweep-preset");
            grid.add(new VBox(name, new Label(line.promise())), 0, r);
            for (int c = 0; c < seeds.size(); c++) {
                SweepModel.Cell run = line.runs().get(seeds.get(c));
                if (run != null) {
                    grid.add(cell(run, openRun), c + 1, r);
                }
            }
            Label kept = new Label(line.kept());
            kept.getStyleClass().add("promise-count");
            grid.add(kept, seeds.size() + 1, r);
            r++;
        }
    }

    private static Label cell(SweepModel.Cell run, Consumer<Path> openRun) {
        Label cell = new Label(run.text());
        cell.getStyleClass().add("verdict-cell");
        if (run.verdict() != null) {
            cell.getStyleClass().add(VerdictLabels.styleClass(run.verdict()));
        }
        cell.setMinWidth(120);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setWrapText(true);
        cell.setTextAlignment(TextAlignment.CENTER);
        cell.setAlignment(Pos.CENTER);
        if (run.broken()) { // a run that does not show what its preset promises stands out
            cell.getStyleClass().add("not-as-promised");
            cell.setText("\u2260 " + cell.getText());
        }
        cell.setTooltip(new Tooltip(run.tooltip()));
        cell.setOnMouseClicked(e -> openRun.accept(run.run()));
        return cell;
    }
}
