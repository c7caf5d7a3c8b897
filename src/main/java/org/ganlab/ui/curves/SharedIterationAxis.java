package org.ganlab.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;

/**
 * One iteration axis shared by several charts, the lab's panels or the two runs in compare: the mouse wheel zooms
 * around the pointer, dragging pans, a double click shows everything, and every attached chart shows the same
 * window. Tick marks fall on epoch boundaries (at most about 12) while more than two epochs are in view.
 */
public final class SharedIterationAxis {
    private final List<NumberAxis> axes = new ArrayList<>();
    private final IntSupplier iterationsPerEpoch;
    private boolean zoomed;
    private double extent = 1;
    private double lower;
    private double upper = 1;
    private double dragX = Double.NaN;

    /** @param iterationsPerEpoch the epoch length for the tick marks (0 or less when unknown) */
    public SharedIterationAxis(IntSupplier iterationsPerEpoch) {
        this.iterationsPerEpoch = iterationsPerEpoch;
    }

    /** Puts the chart's x axis under this axis and wires wheel, drag and double click. */
    public void attach(LineChart<Number, Number> chart) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        axes.add(x);
        // a narrow chart gets fewer labelled ticks, so their numbers never run into each other
        x.widthProperty().addListener((o, a, b) -> apply());
        chart.setOnScroll(e -> zoom(chart, x, e.getX(), e.getDeltaY()));
        chart.setOnMousePressed(e -> dragX = e.getX());
        chart.setOnMouseDragged(e -> pan(x, e.getX()));
        chart.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reset();
            }
        });
        apply();
    }

    /** The whole run's last iteration; shown in full unless the user has zoomed. */
    public void setExtent(double lastIteration) {
        extent = Math.max(1, lastIteration);
        if (!zoomed) {
            lower = 0;
            upper = extent;
        }
        apply();
    }

    /** Back to the whole run. */
    void reset() {
        zoomed = false;
        setExtent(extent);
    }

    /** Shows an iteration window. */
    public void zoomTo(double from, double to) {
        lower = from;
        upper = to;
        zoomed = true;
        apply();
    }

    /** The window every chart shows, or null when the charts disagree (they never should). */
    public double[] range() {
        double[] first = {axes.get(0).getLowerBound(), axes.get(0).getUpperBound()};
        for (NumberAxis x : axes) {
            if (x.getLowerBound() != first[0] || x.getUpperBound() != first[1]) {
                return null;
            }
        }
        return first;
    }

    /** How many charts share the axis. */
    int charts() {
        return axes.size();
    }

    private void apply() {
        int perEpoch = Math.max(1, iterationsPerEpoch.getAsInt());
        double span = Math.max(1, upper - lower);
        int ticks = maxTicks();
        double unit = perEpoch * Math.max(1, Math.ceil(span / perEpoch / ticks));
        if (span / perEpoch < 2) {
            unit = Math.max(1, Math.ceil(span / Math.min(10, ticks)));
        }
        for (NumberAxis x : axes) {
            x.setLowerBound(lower);
            x.setUpperBound(upper);
            x.setTickUnit(unit);
        }
    }

    /** At most 12 labelled ticks, and at most one per 48 pixels of the narrowest chart. */
    private int maxTicks() {
        double width = axes.stream().mapToDouble(NumberAxis::getWidth).filter(w -> w > 0).min().orElse(0);
        return width <= 0 ? 12 : (int) Math.max(2, Math.min(12, Math.floor(width / 48)));
    }

    private void zoom(LineChart<Number, Number> chart, NumberAxis x, double sceneX, double delta) {
        if (delta == 0) {
            return;
        }
        double local = x.sceneToLocal(chart.localToScene(sceneX, 0)).getX();
        double at = x.getValueForDisplay(local).doubleValue();
        double factor = delta > 0 ? 0.8 : 1.25;
        lower = Math.max(0, at - (at - lower) * factor);
        upper = Math.max(lower + 2, at + (upper - at) * factor);
        zoomed = true;
        apply();
    }

    private void pan(NumberAxis x, double sceneX) {
        if (Double.isNaN(dragX) || x.getWidth() <= 0) {
            return;
        }
        double shift = (dragX - sceneX) / x.getWidth() * (upper - lower);
        dragX = sceneX;
        if (lower + shift < 0) {
            shift = -lower;
        }
        lower += shift;
        upper += shift;
        zoomed = true;
        apply();
    }
}
