package org.ganlab.ui.samples;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import org.ganlab.ui.run.ShownRunModel;

/**
 * The strip of per-epoch verdict cells under the grid: each coloured by its verdict, the shown epoch outlined, a click
 * shows the epoch. Numbers are written in the cells only when they fit.
 */
final class VerdictStrip {
    private final ShownRunModel model;
    private final HBox strip = new HBox(2);

    VerdictStrip(ShownRunModel model) {
        this.model = model;
        strip.setId("verdict-strip");
        strip.getStyleClass().add("verdict-strip");
        strip.widthProperty().addListener((o, a, b) -> number());
    }

    HBox node() {
        return strip;
    }

    /** Cells in the verdict strip at most: a longer run shows one cell per range of epochs. */
    static final int MAX_CELLS = 40;

    /**
     * Rebuilds the strip of per-epoch verdicts from the latest diagnosis (once per epoch, not per frame). Up to
     * {@link #MAX_CELLS} epochs get a cell each; a longer run gets one cell per range of epochs, coloured by the
     * verdict most of its epochs got, with every verdict's count in the tooltip. A click shows the range's first epoch.
     */
    void fill() {
        var d = model.diagnosisProperty().get();
        strip.getChildren().clear();
        if (d == null) {
            return;
        }
        var buckets = StripBuckets.of(d.epochs(), MAX_CELLS);
        for (StripBuckets.Bucket bucket : buckets) {
            // one epoch per cell shows its number; a range's numbers are in its tooltip
            Label cell = new Label(bucket.first() == bucket.last() && buckets.size() == d.epochs().size()
                    ? Integer.toString(bucket.first()) : "");
            cell.getStyleClass().addAll("verdict-cell", VerdictLabels.styleClass(bucket.majority()));
            cell.setMinWidth(0);
            cell.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setTooltip(new Tooltip(bucket.tooltip()));
            cell.setUserData(new int[] {bucket.first(), bucket.last()});
            cell.setOnMouseClicked(ev -> model.cursor().select(bucket.first()));
            strip.getChildren().add(cell);
        }
        number();
        markShown();
    }

    /**
     * Writes each cell's epoch number in it when the cells are wide enough for it, else leaves them blank (the number
     * is in the tooltip): a cell never shows a cut number.
     */
    private void number() {
        var cells = strip.getChildren();
        if (cells.isEmpty()) {
            return;
        }
        double width = (strip.getWidth() - strip.getSpacing() * (cells.size() - 1)) / cells.size();
        for (var node : cells) {
            Label cell = (Label) node;
            int[] range = (int[]) cell.getUserData();
            String number = range[0] == range[1] ? Integer.toString(range[0]) : "";
            Text text = new Text(number);
            text.setFont(cell.getFont());
            double needed = text.getLayoutBounds().getWidth() + 10;
            cell.setText(width >= needed ? number : "");
        }
    }

    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    /** Outlines the cell of the epoch on screen. */
    void markShown() {
        int epoch = model.selectedEpochProperty().get();
        for (var cell : strip.getChildren()) {
            int[] range = (int[]) cell.getUserData();
            cell.pseudoClassStateChanged(SHOWN, range != null && epoch >= range[0] && epoch <= range[1]);
        }
    }
}
