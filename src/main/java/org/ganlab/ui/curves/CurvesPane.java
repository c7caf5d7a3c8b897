package org.ganlab.ui.curves;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.Curve;
import org.ganlab.records.IterationMetrics;
import org.ganlab.ui.common.Explanations;
import org.ganlab.ui.run.ShownRunModel;

/**
 * The learning curves: losses above and D's accuracies below as in the reference figure, and a second tab with
 * mean D(x) / D(G(z)) and the first-layer gradient norms.
 *
 * <p>The iteration axis of every panel is shared: its vertical grid lines fall on epoch boundaries, the mouse wheel
 * zooms around the pointer, dragging pans, and "Reset zoom" (or a double click) shows the whole run. Points arrive in
 * batches, one per frame; past {@link #MAX_POINTS} points per curve, curves show bucket means, so a 100-epoch run
 * stays smooth. "Smooth" shows an exponential moving average instead of the raw values. Clicking a legend entry
 * hides or shows its series.
 */
public final class CurvesPane {
    public static final int MAX_POINTS = 1500;

    /** One curve of the chart and the decimation that feeds it (which keeps its moving average for appended rows). */
    private static final class Drawn {
        final XYChart.Series<Number, Number> series;
        final ToDoubleFunction<IterationMetrics> value;
        /** The curve's points as {@link Decimation} makes them; made again when the bucket size or smoothing changes. */
        Decimation.Curve points;

        Drawn(XYChart.Series<Number, Number> series, ToDoubleFunction<IterationMetrics> value) {
            this.series = series;
            this.value = value;
        }
    }

    private final ObservableList<IterationMetrics> metrics;
    private final ShownRunModel model;
    /** The settings being edited: a run not yet started plans its axis from their epochs. */
    private final ObservableValue<ExperimentConfig> settings;
    private final List<Drawn> curves = new ArrayList<>();
    private final List<LineChart<Number, Number>> charts = new ArrayList<>();
    private final CheckBox smooth = new CheckBox("Smooth");
    private final BorderPane root = new BorderPane();
    private int stride = 1;
    private final SharedIterationAxis axis;

    public CurvesPane(ShownRunModel model, ObservableValue<ExperimentConfig> settings) {
        this(model, settings, false);
    }

    /** @param presentation only the losses and accuracies, stacked, without tabs or controls (the presentation view) */
    public CurvesPane(ShownRunModel model, ObservableValue<ExperimentConfig> settings,
                      boolean presentation) {
        this.model = model;
        this.settings = settings;
        this.metrics = model.metrics();
        this.axis = new SharedIterationAxis(() -> model.iterationsPerEpochProperty().get());
        Map<Curve.Panel, LineChart<Number, Number>> panels = new EnumMap<>(Curve.Panel.class);
        for (Curve.Panel p : presentation ? List.of(Curve.Panel.LOSSES, Curve.Panel.ACCURACY)
                : List.of(Curve.Panel.values())) {
            LineChart<Number, Number> chart = chart(p.title(), p.axis());
            chart.getStyleClass().add(p.styleClass());
            p.curves().forEach(c -> add(chart, c.label(), c::of));
            panels.put(p, chart);
        }
        LineChart<Number, Number> losses = panels.get(Curve.Panel.LOSSES);
        LineChart<Number, Number> accuracy = panels.get(Curve.Panel.ACCURACY);
        LineChart<Number, Number> outputs = panels.get(Curve.Panel.OUTPUTS);
        LineChart<Number, Number> gradients = panels.get(Curve.Panel.GRADIENTS);
        NumberAxis accuracyAxis = (NumberAxis) accuracy.getYAxis();
        accuracyAxis.setAutoRanging(false);
        accuracyAxis.setLowerBound(0);
        accuracyAxis.setUpperBound(1.05);
        accuracyAxis.setTickUnit(0.25);

        if (presentation) {
            // legends beside the charts: under them they would take the height the curves need on a projector
            losses.setLegendSide(Side.RIGHT);
            accuracy.setLegendSide(Side.RIGHT);
            root.setCenter(stack(losses, accuracy));
        } else {
            // short tab names: three tabs fit side by side in half of a 1024-pixel screen
            TabPane tabs = new TabPane(new Tab("Losses", stack(losses, accuracy)),
                    new Tab("D and gradients", stack(outputs, gradients)), new Tab("Diversity", new EpochCharts(model).diversity()),
                    new Tab("Quality", new EpochCharts(model).quality()));
            tabs.getTabs().forEach(t -> t.setClosable(false));
            tabs.getTabs().get(0).setTooltip(new Tooltip("Losses of D and G; D's accuracies"));
            tabs.getTabs().get(1).setTooltip(new Tooltip(
                    "Mean D(x) and D(G(z)); gradient norms of the first layers"));
            tabs.getTabs().get(2).setTooltip(new Tooltip(
                    "Per epoch: the samples' diversity and realism against real images; D on unseen images"));
            tabs.getTabs().get(3).setTooltip(new Tooltip(
                    "Per epoch, by the digit classifier (quality.csv): digits covered, score, Frechet distance, "
                    + "precision and recall"));
            smooth.selectedProperty().addListener((o, a, b) -> rebuild());
            root.setCenter(tabs);
            root.setBottom(CurveControls.bar(smooth, this::resetZoom));
        }

        metrics.addListener((ListChangeListener<IterationMetrics>) c -> {
            boolean rebuild = false;
            List<IterationMetrics> added = new ArrayList<>();
            while (c.next()) {
                if (c.wasRemoved()) {
                    rebuild = true;
                }
                if (c.wasAdded()) {
                    added.addAll(c.getAddedSubList());
                }
            }
            if (rebuild || metrics.size() / stride > MAX_POINTS) {
                rebuild();
            } else {
                append(added);
                updateRange();
            }
        });
        model.iterationsPerEpochProperty().addListener((o, a, b) -> updateRange());
        settings.addListener((o, a, b) -> updateRange()); // an opened run's epochs, or the editor's
        rebuild();
        for (LineChart<Number, Number> chart : charts) {
            chart.applyCss();
            wireLegend(chart);
        }
    }

    public Node node() {
        return root;
    }

    /** The last value drawn in the first (D loss real) curve. */
    public double lastValue() {
        var data = curves.get(0).series.getData();
        return data.isEmpty() ? Double.NaN : data.get(data.size() - 1).getYValue().doubleValue();
    }

    /** Number of points drawn in the first (D loss real) curve. */
    public int pointCount() {
        return curves.get(0).series.getData().size();
    }

    /** The shown iteration range of the shared axis, or null when the panels disagree (they never should). */
    public double[] range() {
        return axis.range();
    }

    /** How many panels share the iteration axis. */
    public int panels() {
        return axis.charts();
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
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        NumberAxis y = new NumberAxis();
        // no label on the value axis: the title names the quantity, and a rotated label is the first thing a short
        // chart cuts (projector mode, the presentation view)
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("curve-chart");
        charts.add(chart);
        axis.attach(chart);
        return chart;
    }

    private void add(LineChart<Number, Number> chart, String name, ToDoubleFunction<IterationMetrics> value) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        chart.getData().add(s);
        curves.add(new Drawn(s, value));
    }

    /** Redraws every curve from the full record: after a reset, a new run, a change of smoothing or of bucket size. */
    private void rebuild() {
        stride = Decimation.stride(metrics.size(), MAX_POINTS);
        for (Drawn c : curves) {
            c.points = new Decimation.Curve(c.value, stride, smooth.isSelected());
            c.series.getData().setAll(points(c, metrics));
        }
        updateRange();
    }

    private void append(List<IterationMetrics> rows) {
        if (stride > 1) {
            rebuild();
            return;
        }
        for (Drawn c : curves) {
            c.series.getData().addAll(points(c, rows));
        }
    }

    /** Points of one curve for rows that follow those drawn: raw or smoothed, in buckets of {@link #stride}. */
    private static List<XYChart.Data<Number, Number>> points(Drawn c, List<IterationMetrics> rows) {
        return chartData(c.points.points(rows));
    }

    /** Decimated points as a chart's data. */
    public static List<XYChart.Data<Number, Number>> chartData(List<Decimation.Point> points) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (Decimation.Point p : points) {
            data.add(new XYChart.Data<>(p.iteration(), p.value()));
        }
        return data;
    }

    /** Shows the whole planned run (or the zoomed window) with a grid line at every epoch boundary. */
    private void updateRange() {
        int perEpoch = Math.max(1, model.iterationsPerEpochProperty().get());
        int last = metrics.isEmpty() ? 0 : metrics.get(metrics.size() - 1).iteration();
        int planned = perEpoch * Math.max(1, settings.getValue().epochs());
        axis.setExtent(Math.max(last, planned));
    }

    /** Back to the whole run. */
    void resetZoom() {
        axis.reset();
    }

    /** Zooms the shared axis to an iteration window (for tests). */
    public void zoomTo(double from, double to) {
        axis.zoomTo(from, to);
    }

    /**
     * Legend entries toggle their series: a student can look at one curve at a time. Hovering one says what the curve
     * is, its formula and its source.
     */
    private static void wireLegend(LineChart<Number, Number> chart) {
        chart.lookupAll(".chart-legend-item").forEach(node -> {
            if (node instanceof Label label) {
                Curve.labelled(label.getText()).ifPresent(c -> {
                    label.setTooltip(Explanations.tooltip(c.meaning() + "\nClick: hide or show the curve."));
                });
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
