package org.ganlab.ui.compare;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.ganlab.records.Curve;
import org.ganlab.records.IterationMetrics;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.curves.Decimation;

/** The charts of Compare: one panel's chart, its common range, a run's curve and a vertical marker line. */
public final class CompareCharts {
    private CompareCharts() {
    }

    static LineChart<Number, Number> chart(Curve.Panel panel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("iteration");
        NumberAxis yAxis = new NumberAxis();
        yAxis.setAutoRanging(false);
        yAxis.setLabel(panel.axis());
        LineChart<Number, Number> chart = new LineChart<>(x, yAxis);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().addAll("curve-chart", panel.styleClass());
        chart.setMinHeight(120);
        chart.setPrefHeight(160); // the grids below take what is left on a small screen
        return chart;
    }


    static void setRange(LineChart<Number, Number> chart, double minY, double maxY) {
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setLowerBound(minY);
        y.setUpperBound(maxY);
        y.setTickUnit(maxY <= 1.05 ? 0.25 : Math.max(0.5, Math.ceil(maxY / 5)));
    }


    /** A vertical line across a chart at one iteration, drawn as a two-point series. */
    static XYChart.Series<Number, Number> verticalLine(String name, int iteration, double top) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name + " (iteration " + iteration + ")");
        s.getData().add(new XYChart.Data<>(iteration, 0));
        s.getData().add(new XYChart.Data<>(iteration, top));
        return s;
    }


    static XYChart.Series<Number, Number> series(Curve curve, List<IterationMetrics> rows) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(curve.label());
        // the lab's own decimation, so that a run looks the same here as in the lab
        s.getData().setAll(CurvesPane.chartData(new Decimation.Curve(curve::of,
                Decimation.stride(rows.size(), CurvesPane.MAX_POINTS), false).points(rows)));
        return s;
    }
}
