package org.ganlab.ui.plane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganlab.config.PlaneData;

/** The playground's data as the data box names it: the named shapes, then a mixture the student places. */
final class DataChoices {
    /** The title of the data a student places with the mouse. */
    static final String DRAWN = "Your own: click to place modes";

    private DataChoices() {
    }

    /** Every title in the box, in its order. */
    static List<String> all() {
        List<String> titles = new ArrayList<>(PlaneData.values().stream().map(DataChoices::of).toList());
        titles.add(DRAWN);
        return titles;
    }

    /** The title of {@code d} ({@link #DRAWN} for any placed mixture). */
    static String of(PlaneData d) {
        return switch (d.name()) {
            case "RING_8" -> "Ring of 8 Gaussians";
            case "GRID_25" -> "Grid of 25 Gaussians";
            case "MOONS" -> "Two moons";
            case "LINE" -> "A line";
            case "RING" -> "A ring";
            default -> DRAWN;
        };
    }

    /** The named shape with this title; empty for the placed mixture or an unknown title. */
    static Optional<PlaneData> shape(String title) {
        return PlaneData.values().stream().filter(d -> of(d).equals(title) && !DRAWN.equals(title)).findFirst();
    }
}
