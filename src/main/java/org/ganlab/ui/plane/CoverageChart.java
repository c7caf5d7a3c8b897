package org.ganlab.ui.plane;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.ganlab.records.Measure;
import org.ganlab.records.PlaneCheck;
import org.ganlab.ui.common.Explanations;

/**
 * Modes covered per check over the run's whole span of iterations (so the chart also says how far the run has come),
 * and after Cure it the failure's line, dashed grey, under the cure's.
 */
final class CoverageChart {
    private final NumberAxis x = new NumberAxis();
    /** Up to one tick above the top count, so a point at every mode covered is drawn whole (that tick unlabelled). */
    private final NumberAxis y = new NumberAxis(0, 10, 2);
    /** The modes of the data shown: the top count labelled. */
    private int modes = 8;
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final XYChart.Series<Number, Number> covered = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> before = new XYChart.Series<>();

    private final ObservableIntegerValue total;
    /** The last iteration of the run compared with, or 0: the axis reaches it too. */
    private int compared;

    CoverageChart(ObservableIntegerValue total) {
        x.setLabel("iteration");
        // "modes covered" did not fit the chart's height at 1280x720 (it read "modes co...")
        y.setLabel("modes");
        // counts of modes only: the headroom's tick is no count
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v <= modes ? String.valueOf((long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        chart.setId("plane-chart");
        Tooltip.install(chart, Explanations.tooltip(Measure.MODES_COVERED.explained() + " After Cure it, the "
                + "failure's line is the dashed grey one."));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getData().add(before);
        chart.getData().add(covered);
        chart.setMinHeight(160);
        chart.getStyleClass().add("curve-chart");
        x.setAutoRanging(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == 0 ? "0" : v >= 1000
                        ? BigDecimal.valueOf(v / 1000).stripTrailingZeros().toPlainString() + "k"
                        : String.valueOf((long) v);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        this.total = total;
        total.addListener((o, a, t) -> widen());
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    /** The run's checks, on an axis as tall as its data has modes. */
    void show(List<PlaneCheck> checks) {
        covered.getData().clear();
        modes = 8;
        for (PlaneCheck c : checks) {
            covered.getData().add(new XYChart.Data<>(c.iteration(), c.covered()));
            modes = c.modes();
        }
        // a tick per mode crowds a short chart and JavaFX then drops labels (8 went, and 1); the headroom is one
        // tick, so the unlabelled top tick does not push the top count's label out either
        int unit = modes <= 4 ? 1 : modes <= 10 ? 2 : 5;
        y.setTickUnit(unit);
        y.setUpperBound(Math.max(1, modes) + unit);
    }

    /** The iteration axis: as long as the run on the screen, or the run compared with when that went further. */
    private void widen() {
        int longest = Math.max(total.get(), compared);
        x.setUpperBound(Math.max(1, longest));
        x.setTickUnit(tickUnit(longest));
    }

    /** The compared run's checks beside the run on the screen's (dashed grey, hollow grey points), or none. */
    void showBefore(ComparedRun b) {
        compared = b == null ? 0 : b.lastIteration();
        widen();
        before.getData().clear();
        if (b != null) {
            b.checks().forEach(c -> before.getData().add(new XYChart.Data<>(c.iteration(), c.covered())));
        }
        if (before.getNode() != null) {
            before.getNode().setStyle("-fx-stroke: #6e6e6e; -fx-stroke-dash-array: 10 7; -fx-stroke-width: 3;");
        }
        for (XYChart.Data<Number, Number> d : before.getData()) {
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-background-color: #6e6e6e, white;");
            }
        }
    }

    /**
     * A round tick unit (1, 2 or 5 times a power of ten) that cuts {@code total} iterations into at most four parts, so
     * the labels stay apart in the presentation's large type.
     */
    static int tickUnit(int total) {
        double rough = Math.max(1, total) / 4.0;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return (int) Math.max(1, m * power);
            }
        }
        return (int) (10 * power);
    }
}
