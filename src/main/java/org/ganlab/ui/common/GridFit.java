package org.ganlab.ui.common;

/**
 * The one rule for how large a sample grid is drawn, in the lab and in the presentation view: the largest whole
 * number from 1 up that fits the room, so that every generated pixel becomes an even square (at 1x a digit is its own
 * 28 pixels, crisp, where 1.4x would draw some pixels twice as wide as others); below 1x the grid fills the room
 * instead (a 64x64 picture grid, or two grids side by side, on a small screen). Pixels are never smoothed either way.
 * Plain Java: no toolkit.
 */
public final class GridFit {
    private GridFit() {
    }

    /** The scale for an image of {@code width} x {@code height} in a room of {@code roomWidth} x {@code roomHeight}. */
    public static double scale(double roomWidth, double roomHeight, double width, double height) {
        double room = Math.min(roomWidth / width, roomHeight / height);
        return room >= 1 ? Math.floor(room) : Math.max(room, 0.1);
    }
}
