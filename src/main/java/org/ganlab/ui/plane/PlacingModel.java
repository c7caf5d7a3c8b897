package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.PlaneData;
import org.ganlab.ui.common.ViewModel;

/**
 * The modes of a mixture the student places with the mouse, in the plane's units: a click places one (within the
 * drawn mixture's extent, at most {@link PlaneData#MAX_DRAWN}), a right-click removes the nearest. Each change
 * tells the status line what happened or what to do next.
 */
final class PlacingModel implements ViewModel {
    private final Consumer<String> status;

    private final ObservableList<double[]> modes = FXCollections.observableArrayList();
    /** The read-only view handed out. */
    private final ObservableList<double[]> readOnly = FXCollections.unmodifiableObservableList(modes);

    PlacingModel(Consumer<String> status) {
        this.status = status;
    }

    /** The modes placed so far (read only). */
    ObservableList<double[]> modes() {
        return readOnly;
    }

    boolean isEmpty() {
        return modes.isEmpty();
    }

    /** The data a run trains on: a mixture of the modes as placed now. */
    PlaneData data() {
        return PlaneData.drawn(List.copyOf(modes));
    }

    /**
     * Places a mode at ({@code x}, {@code y}), or says why not: too near the edge, or the mixture is full. The run on
     * the screen is not changed: the next Start trains on the new mixture.
     */
    void place(double x, double y) {
        double limit = PlaneData.DRAWN_EXTENT - 0.25;
        if (Math.abs(x) > limit || Math.abs(y) > limit) {
            status.accept(String.format(Locale.ROOT, "a mode must lie within %.2f of the centre on both axes", limit));
        } else if (modes.size() >= PlaneData.MAX_DRAWN) {
            status.accept("at most " + PlaneData.MAX_DRAWN + " modes: right-click one to remove it");
        } else {
            modes.add(new double[] {x, y});
            status.accept(status());
        }
    }

    /** Removes the mode nearest ({@code x}, {@code y}), if one lies within half a unit. */
    void removeNear(double x, double y) {
        int nearest = -1;
        double best = 0.5;
        for (int i = 0; i < modes.size(); i++) {
            double d = Math.hypot(modes.get(i)[0] - x, modes.get(i)[1] - y);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest >= 0) {
            modes.remove(nearest);
        }
        status.accept(status());
    }

    /** Places these modes in place of any placed (a saved run's mixture, opened). */
    void set(List<double[]> centres) {
        modes.setAll(centres.stream().map(double[]::clone).toList());
    }

    /** Removes every mode. */
    void clear() {
        modes.clear();
        status.accept(status());
    }

    /** What to do next, for the status line. */
    String status() {
        return modes.isEmpty() ? "Click on the plane to place modes (up to " + PlaneData.MAX_DRAWN + "), then Start."
                : modes.size() + (modes.size() == 1 ? " mode" : " modes")
                + " placed; Start trains the preset on them (right-click removes one).";
    }
}
