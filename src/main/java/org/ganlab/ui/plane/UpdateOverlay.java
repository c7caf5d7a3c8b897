package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;

/**
 * What one update alone changed, drawn over the picture after it: for G's update, arrows in orange from where some of
 * G's points were to where they went (magnified, the longest a tenth of the picture, as one update moves a point by a
 * hair), and for either a band along the picture's foot, in large type, saying which update it was and how D's
 * judgement of the real and of G's points moved.
 */
final class UpdateOverlay {
    /** The colour of G's moves: orange beside the field's purple and green, apart for the common colour blindness. */
    static final Color MOVE = Color.web("#e66101");
    /** Points of the probe whose moves are drawn. */
    static final int MOVES = 128;

    private UpdateOverlay() {
    }

    /** Draws {@code u} over a picture of {@code side} pixels showing the square of half side {@code extent}. */
    static void draw(GraphicsContext g, double side, double extent, PlaneUpdate u) {
        if (u.player() == Player.G && u.largestMove() > 0) {
            drawMoves(g, side, extent, u);
        }
        drawBand(g, side, lines(u));
    }

    /** The band's two lines: which update, and what it changed. */
    static List<String> lines(PlaneUpdate u) {
        String which = u.which() + String.format(Locale.ROOT, ", iteration %,d", u.iteration());
        String changed = u.player() == Player.D
                ? String.format(Locale.ROOT, "D(real) %.2f \u2192 %.2f   D(fake) %.2f \u2192 %.2f", u.realBefore(),
                        u.realAfter(), u.fakeBefore(), u.fakeAfter())
                : String.format(Locale.ROOT, "G's points moved (orange)   D(fake) %.2f \u2192 %.2f", u.fakeBefore(),
                        u.fakeAfter());
        return List.of(which, changed);
    }

    private static void drawMoves(GraphicsContext g, double side, double extent, PlaneUpdate u) {
        double scale = side / (2 * extent);
        double factor = side / 10 / (u.largestMove() * scale);
        float[] from = u.fakeFrom();
        float[] to = u.fakeTo();
        double dot = Math.max(4, side / 110);
        g.setStroke(MOVE);
        g.setFill(MOVE);
        g.setLineWidth(Math.max(2, side / 300));
        g.setLineCap(StrokeLineCap.ROUND);
        for (int i = 0; i + 1 < Math.min(from.length, 2 * MOVES); i += 2) {
            double x0 = (from[i] + extent) * scale;
            double y0 = (extent - from[i + 1]) * scale;
            double dx = (to[i] - from[i]) * scale * factor;
            double dy = -(to[i + 1] - from[i + 1]) * scale * factor;
            g.fillOval(x0 - dot / 2, y0 - dot / 2, dot, dot);
            double length = Math.hypot(dx, dy);
            if (length < 2) {
                continue;
            }
            g.strokeLine(x0, y0, x0 + dx, y0 + dy);
            double head = Math.min(length / 2, dot * 1.5);
            double a = Math.atan2(dy, dx);
            g.strokeLine(x0 + dx, y0 + dy, x0 + dx - head * Math.cos(a - 0.5), y0 + dy - head * Math.sin(a - 0.5));
            g.strokeLine(x0 + dx, y0 + dy, x0 + dx - head * Math.cos(a + 0.5), y0 + dy - head * Math.sin(a + 0.5));
        }
    }

    /** Lines of bold type as large as the picture allows (at least 16 px), on a white band along its foot. */
    private static void drawBand(GraphicsContext g, double side, List<String> lines) {
        double size = Math.max(16, side / 24.0);
        Font font = Font.font(null, FontWeight.BOLD, size);
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (String line : lines) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        if (widest + 16 > side) { // shrink to fit, never cut
            size = Math.max(12, size * (side - 16) / widest);
            font = Font.font(null, FontWeight.BOLD, size);
        }
        double lineHeight = size * 1.25;
        double top = side - 4 - lines.size() * lineHeight - 6;
        g.setFill(Color.rgb(255, 255, 255, 0.9));
        g.fillRect(4, top, side - 8, lines.size() * lineHeight + 6);
        g.setFill(Color.BLACK);
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), 10, top + 3 + i * lineHeight);
        }
        g.setTextBaseline(VPos.BASELINE);
    }
}
