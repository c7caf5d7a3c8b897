package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.data.PlaneData;

/**
 * The modes of a mixture the student places with the mouse, in the plane's units: a click places one (within the
 * drawn mixture's extent, at most {@link PlaneData#MAX_DRAWN}), a right-click removes the nearest. Each change
 * answers with the line the status bar shows.
 */
final class PlacedModes {
    private final ObservableList<double[]> modes = FXCollections.observableArrayList();
    /** The read-only view handed out. */
    private final ObservableList<double[]> readOnly = FXCollections.unmodifiableObservableList(modes);

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
     * Places a mode at ({@code x}, {@code y}), or says why not: too near the edge, or the mixture is full.
     *
     * @return the status line
     */
    String place(double x, double y) {
        double limit = PlaneData.DRAWN_EXTENT - 0.25;
        if (Math.abs(x) > limit || Math.abs(y) > limit) {
            return String.format(Locale.ROOT, "a mode must lie within %.2f of the centre on both axes", limit);
        }
        if (modes.size() >= PlaneData.MAX_DRAWN) {
            return "at most " + PlaneData.MAX_DRAWN + " modes: right-click one to remove it";
        }
        modes.add(new double[] {x, y});
        return status();
    }

    /**
     * Removes the mode nearest ({@code x}, {@code y}), if one lies within half a unit.
     *
     * @return the status line
     */
    String removeNear(double x, double y) {
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
        return status();
    }

    /** Removes every mode; returns the status line. */
    String clear() {
        modes.clear();
        return status();
    }

    /** What to do next, for the status line. */
    String status() {
        return modes.isEmpty() ? "Click on the plane to place modes (up to " + PlaneData.MAX_DRAWN + "), then Start."
                : modes.size() + (modes.size() == 1 ? " mode" : " modes")
                + " placed; Start trains the preset on them (right-click removes one).";
    }
}
