package org.ganlab.ui.common;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Where the lab's window goes: where it was last time when that place is still on a screen, otherwise centred on the
 * primary screen; never larger than the screen's visual bounds (without task bars), and always wholly on it. The lab
 * places the window itself, since a bare X server (a kiosk, a classroom PC) has no window manager to do it. What is
 * remembered between launches lives in the user's Java preferences.
 */
public final class WindowPlacement {
    /** The size the lab is laid out for, where the screen has room for it. */
    static final double PREFERRED_WIDTH = 1600;
    static final double PREFERRED_HEIGHT = 950;
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String PRESET = "preset";
    private static final String PROJECTOR = "projector";

    private WindowPlacement() {
    }

    /**
     * The window's bounds on these screens.
     *
     * @param saved   where it was last time, or null
     * @param screens the screens' visual bounds, the primary first
     */
    public static Rectangle2D place(Rectangle2D saved, List<Rectangle2D> screens) {
        if (saved != null && saved.getWidth() > 0 && saved.getHeight() > 0) {
            double cx = saved.getMinX() + saved.getWidth() / 2;
            double cy = saved.getMinY() + saved.getHeight() / 2;
            for (Rectangle2D screen : screens) {
                if (screen.contains(cx, cy)) {
                    return fit(saved.getMinX(), saved.getMinY(), saved.getWidth(), saved.getHeight(), screen);
                }
            }
        }
        return centred(PREFERRED_WIDTH, PREFERRED_HEIGHT, screens.get(0));
    }

    /** A window of the given size, shrunk to the screen where it is larger, and centred on it. */
    public static Rectangle2D centred(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return fit(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2,
                w, h, screen);
    }

    /** The screen that holds most of a window (the primary screen when none does). */
    public static Screen screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight());
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    /** The rectangle shrunk to the screen and moved wholly onto it. */
    private static Rectangle2D fit(double x, double y, double w, double h, Rectangle2D screen) {
        double width = Math.min(w, screen.getWidth());
        double height = Math.min(h, screen.getHeight());
        double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
        double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        return new Rectangle2D(left, top, width, height);
    }

    /** What the last session left: the window's bounds (null when never saved), the preset and projector mode. */
    public record Remembered(Rectangle2D bounds, String preset, boolean projector) {
        public static Remembered read(Preferences prefs) {
            double w = prefs.getDouble(WIDTH, -1);
            double h = prefs.getDouble(HEIGHT, -1);
            Rectangle2D bounds = w > 0 && h > 0
                    ? new Rectangle2D(prefs.getDouble(X, 0), prefs.getDouble(Y, 0), w, h) : null;
            return new Remembered(bounds, prefs.get(PRESET, null), prefs.getBoolean(PROJECTOR, false));
        }

        public void write(Preferences prefs) {
            if (bounds != null) {
                prefs.putDouble(X, bounds.getMinX());
                prefs.putDouble(Y, bounds.getMinY());
                prefs.putDouble(WIDTH, bounds.getWidth());
                prefs.putDouble(HEIGHT, bounds.getHeight());
            }
            if (preset != null) {
                prefs.put(PRESET, preset);
            }
            prefs.putBoolean(PROJECTOR, projector);
        }
    }
}
