package org.ganlab.ui.samples;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** How the classifier reads an epoch's samples: one bar per digit, beside the grid; hidden when there are no counts. */
final class DigitHistogram {
    private final NumberAxis counts = new NumberAxis();
    private final CategoryAxis digits = new CategoryAxis(
            FXCollections.observableArrayList("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    private final BarChart<Number, String> chart = new BarChart<>(counts, digits);
    private final XYChart.Series<Number, String> bars = new XYChart.Series<>();

    DigitHistogram() {
        chart.setId("digit-histogram");
        chart.setTitle("Digits");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(2);
        chart.setPrefWidth(150);
        chart.setMinWidth(120);
        chart.setMinHeight(0); // it shrinks with the grid's frame instead of spilling out of it
        chart.getStyleClass().add("digit-histogram");
        counts.setTickLabelsVisible(false);
        counts.setTickMarkVisible(false);
        chart.getData().add(bars);
        chart.managedProperty().bind(chart.visibleProperty());
        chart.setVisible(false);
        Tooltip.install(chart, new Tooltip(
                "How many of the epoch's fresh samples the digit classifier reads as each digit (quality.csv)"));
    }

    BarChart<Number, String> node() {
        return chart;
    }

    /** Shows the counts of digits 0-9 (null hides the chart); true when it appeared or disappeared. */
    boolean show(int[] perDigit) {
        boolean changed = chart.isVisible() != (perDigit != null);
        chart.setVisible(perDigit != null);
        if (perDigit != null) {
            List<XYChart.Data<Number, String>> data = new ArrayList<>();
            for (int d = 9; d >= 0; d--) {
                data.add(new XYChart.Data<>(perDigit[d], Integer.toString(d)));
            }
            bars.getData().setAll(data);
        }
        return changed;
    }
}
