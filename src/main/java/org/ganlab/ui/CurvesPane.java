package org.ganlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.train.IterationMetrics;

/**
 * The learning curves: losses above and D's accuracies below as in the reference figure, and a second tab with
 * mean D(x) / D(G(z)) and the first-layer gradient norms. Points arrive in batches (one per frame). Clicking a legend
 * entry hides or shows its series.
 */
final class CurvesPane {
    private record Curve(XYChart.Series<Number, Number> series, ToDoubleFunction<IterationMetrics> value) { }

    private final List<Curve> curves = new ArrayList<>();
    private final TabPane tabs = new TabPane();
    private final List<LineChart<Number, Number>> charts = new ArrayList<>();

    CurvesPane(javafx.collections.ObservableList<IterationMetrics> metrics) {
        LineChart<Number, Number> losses = chart("Losses", "loss");
        add(losses, "D loss real", IterationMetrics::dLossReal);
        add(losses, "D loss fake", IterationMetrics::dLossFake);
        add(losses, "G loss", IterationMetrics::gLoss);
        LineChart<Number, Number> accuracy = chart("Accuracy", "accuracy");
        ((NumberAxis) accuracy.getYAxis()).setAutoRanging(false);
        ((NumberAxis) accuracy.getYAxis()).setLowerBound(0);
        ((NumberAxis) accuracy.getYAxis()).setUpperBound(1.05);
        ((NumberAxis) accuracy.getYAxis()).setTickUnit(0.25);
        add(accuracy, "D acc real", IterationMetrics::dAccReal);
        add(accuracy, "D acc fake", IterationMetrics::dAccFake);
        LineChart<Number, Number> outputs = chart("D output", "mean D");
        add(outputs, "D(x)", IterationMetrics::dReal);
        add(outputs, "D(G(z))", IterationMetrics::dFake);
        LineChart<Number, Number> gradients = chart("First-layer gradient norm", "L2 norm");
        add(gradients, "G", IterationMetrics::gGradNorm);
        add(gradients, "D", IterationMetrics::dGradNorm);

        tabs.getTabs().add(new Tab("Losses and accuracy", stack(losses, accuracy)));
        tabs.getTabs().add(new Tab("D(x), D(G(z)), gradients", stack(outputs, gradients)));
        tabs.getTabs().forEach(t -> t.setClosable(false));

        metrics.addListener((ListChangeListener<IterationMetrics>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && metrics.isEmpty()) {
                    curves.forEach(cv -> cv.series().getData().clear());
                }
                if (c.wasAdded()) {
                    append(c.getAddedSubList());
                }
            }
        });
        append(metrics);
        for (LineChart<Number, Number> chart : charts) {
            chart.applyCss();
            wireLegend(chart);
        }
    }

    Node node() {
        return tabs;
    }

    List<LineChart<Number, Number>> charts() {
        return charts;
    }

    /** Number of points drawn in the first (D loss real) series. */
    int pointCount() {
        return curves.get(0).series().getData().size();
    }

    private static VBox stack(Node top, Node bottom) {
        VBox box = new VBox(4, top, bottom);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        return box;
    }

    private LineChart<Number, Number> chart(String title, String yLabel) {
        NumberAxis x = new NumberAxis();
        x.setLabel("iteration");
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("curve-chart");
        charts.add(chart);
        return chart;
    }

    private void add(LineChart<Number, Number> chart, String name, ToDoubleFunction<IterationMetrics> value) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        chart.getData().add(s);
        curves.add(new Curve(s, value));
    }

    private void append(List<? extends IterationMetrics> rows) {
        for (Curve c : curves) {
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(rows.size());
            for (IterationMetrics m : rows) {
                double v = c.value().applyAsDouble(m);
                if (Double.isFinite(v)) {
                    points.add(new XYChart.Data<>(m.iteration(), v));
                }
            }
            c.series().getData().addAll(points);
        }
    }

    /** Legend entries toggle their series: a student can look at one curve at a time. */
    private static void wireLegend(LineChart<Number, Number> chart) {
        chart.lookupAll(".chart-legend-item").forEach(node -> {
            if (node instanceof javafx.scene.control.Label label) {
                label.setOnMouseClicked(e -> chart.getData().stream()
                        .filter(s -> s.getName().equals(label.getText())).findFirst().ifPresent(s -> {
                            boolean show = !s.getNode().isVisible();
                            s.getNode().setVisible(show);
                            label.setOpacity(show ? 1.0 : 0.4);
                        }));
            }
        });
    }
}
