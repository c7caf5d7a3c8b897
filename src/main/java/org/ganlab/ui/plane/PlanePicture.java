package org.ganlab.ui.plane;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.ganlab.config.PlaneData;
import org.ganlab.images.GridImages;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneUpdate;

/**
 * The plane as a picture, a square that fills its space: D's output as a colour field (pale purple where D says
 * fake, white at one half, pale green where it says real: ColorBrewer's PRGn, safe for the common colour blindness),
 * the latent grid through G as a mesh, real points dark green, G's points dark purple with a white rim, and an arrow
 * from each point of G along the push of G's loss. Sizes grow with the picture, so the back row sees them.
 */
final class PlanePicture extends Region {
    static final Color REAL = Color.web("#1b7837");
    static final Color FAKE = Color.web("#762a83");
    static final int ARROWS = 128;

    private final Canvas canvas = new Canvas();
    private PlaneFrame frame;
    private boolean field = true;
    private boolean arrows = true;
    private boolean mesh;
    /** The update just taken alone, drawn over the picture, or null. */
    private PlaneUpdate update;
    /** A label over the picture's top left corner (which run it shows), or null. */
    private String label;
    /** The modes a student is placing (drawn over the plane at the drawn mixture's scale), or null when not placing. */
    private List<double[]> placed;

    PlanePicture() {
        getChildren().add(canvas);
        getStyleClass().add("plane-picture");
        setMinSize(200, 200);
    }

    void show(PlaneFrame f, boolean showField, boolean showArrows, boolean showMesh) {
        show(f, showField, showArrows, showMesh, null);
    }

    /** The picture with what {@code update}, the update just taken alone, changed drawn over it (null for none). */
    void show(PlaneFrame f, boolean showField, boolean showArrows, boolean showMesh, PlaneUpdate update) {
        this.update = update;
        this.frame = f;
        this.field = showField;
        this.arrows = showArrows;
        this.mesh = showMesh;
        draw();
    }

    /** Writes {@code text} over the picture's top left corner, in large type on a white band; null for none. */
    void label(String text) {
        this.label = text;
        draw();
    }

    /**
     * Shows the modes a student is placing over the picture ({@code modes} may be empty), or stops showing them
     * (null). While placing, a picture at another scale than the drawn mixture's is not drawn.
     */
    void showPlaced(List<double[]> modes) {
        this.placed = modes;
        draw();
    }

    /**
     * The point of the plane at ({@code px}, {@code py}) in this region's coordinates, at the drawn mixture's scale
     * (where a click places a mode), or null outside the picture.
     */
    double[] toPlane(double px, double py) {
        double side = canvas.getWidth();
        double cx = px - canvas.getLayoutX();
        double cy = py - canvas.getLayoutY();
        if (side < 1 || cx < 0 || cy < 0 || cx > side || cy > side) {
            return null;
        }
        double e = PlaneData.DRAWN_EXTENT;
        return new double[] {cx / side * 2 * e - e, e - cy / side * 2 * e};
    }

    /**
     * The picture of {@code f} on a square of {@code side} pixels with {@code caption} in its top left corner, drawn
     * apart from the screen (for the GIF of the checks). On the JavaFX thread.
     */
    WritableImage render(PlaneFrame f, int side, String caption, boolean showField, boolean showArrows,
                         boolean showMesh) {
        canvas.setWidth(side);
        canvas.setHeight(side);
        show(f, showField, showArrows, showMesh);
        drawCaption(canvas.getGraphicsContext2D(), side, caption);
        return canvas.snapshot(null, null);
    }

    private static void drawCaption(GraphicsContext g, double side, String caption) {
        g.setFont(Font.font(null, FontWeight.BOLD, Math.max(18, side / 22.0)));
        Text measure = new Text(caption);
        measure.setFont(g.getFont());
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(4, 4, Math.min(side - 8, measure.getLayoutBounds().getWidth() + 12),
                measure.getLayoutBounds().getHeight() + 4);
        g.setFill(Color.BLACK);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, 10, 6);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** D's colour for an output {@code p} in [0, 1]. */
    static Color fieldColour(double p) {
        return argb(GridImages.judgementColour(p));
    }

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }

    @Override
    protected void layoutChildren() {
        double side = Math.max(0, Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, (getHeight() - side) / 2);
        draw();
    }

    private void draw() {
        double side = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        boolean framed = frame != null && side >= 1
                && (placed == null || frame.extent() == PlaneData.DRAWN_EXTENT);
        if (framed) {
            drawFrame(g, side);
        }
        if (placed != null && side >= 1) {
            drawPlaced(g, side);
        }
        if (label != null && side >= 1) {
            drawCaption(g, side, label);
        }
        g.setStroke(Color.web("#444444"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, side - 1, side - 1);
    }

    /**
     * The modes being placed: a thick dark green ring of three deviations' radius around each (at least a few dots
     * wide, so the back row sees it), and while there are none, what to do in large type.
     */
    private void drawPlaced(GraphicsContext g, double side) {
        double e = PlaneData.DRAWN_EXTENT;
        double scale = side / (2 * e);
        double radius = Math.max(side / 45, 3 * PlaneData.DRAWN_STD * scale);
        g.setStroke(REAL);
        g.setLineWidth(Math.max(2.5, side / 200));
        for (double[] m : placed) {
            double px = (m[0] + e) * scale;
            double py = (e - m[1]) * scale;
            g.strokeOval(px - radius, py - radius, 2 * radius, 2 * radius);
            g.strokeLine(px - radius / 2, py, px + radius / 2, py);
            g.strokeLine(px, py - radius / 2, px, py + radius / 2);
        }
        if (placed.isEmpty()) {
            g.setFill(Color.BLACK);
            g.setFont(Font.font(null, FontWeight.BOLD, Math.max(18, side / 24)));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Click to place modes\nRight-click removes one", side / 2, side / 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BASELINE);
        }
    }

    private void drawFrame(GraphicsContext g, double side) {
        if (field) {
            g.setImageSmoothing(true);
            g.drawImage(fieldImage(frame), 0, 0, side, side);
        }
        double scale = side / (2 * frame.extent());
        double dot = Math.max(4, side / 90);
        if (mesh) {
            drawMesh(g, scale);
        }
        // real points large and without a rim: each mode reads as one green blob from the back of the room
        g.setLineWidth(0);
        g.setStroke(Color.TRANSPARENT);
        drawPoints(g, frame.real(), scale, dot * 1.6, REAL);
        g.setLineWidth(Math.max(1, dot / 4));
        g.setStroke(Color.WHITE);
        if (arrows) {
            drawArrows(g, scale, side, dot);
        }
        drawPoints(g, frame.fake(), scale, dot * 1.15, FAKE);
        if (update != null) {
            UpdateOverlay.draw(g, side, frame.extent(), update);
        }
    }

    private double x(float v, double scale) {
        return (v + frame.extent()) * scale;
    }

    private double y(float v, double scale) {
        return (frame.extent() - v) * scale;
    }

    private void drawPoints(GraphicsContext g, float[] xy, double scale, double dot, Color colour) {
        g.setFill(colour);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double px = x(xy[i], scale) - dot / 2;
            double py = y(xy[i + 1], scale) - dot / 2;
            g.fillOval(px, py, dot, dot);
            g.strokeOval(px, py, dot, dot);
        }
    }

    /**
     * Arrows along G's push for the first {@value #ARROWS} points of G, the longest a tenth of the picture, so their
     * directions and relative sizes read without covering the picture.
     */
    private void drawArrows(GraphicsContext g, double scale, double side, double dot) {
        float[] push = frame.push();
        float[] xy = frame.fake();
        double longest = 0;
        for (int i = 0; i + 1 < push.length; i += 2) {
            longest = Math.max(longest, Math.hypot(push[i], push[i + 1]));
        }
        if (!(longest > 0)) {
            return;
        }
        double factor = side / 10 / longest;
        g.setStroke(Color.web("#222222"));
        g.setLineWidth(Math.max(1.5, dot / 3));
        g.setLineCap(StrokeLineCap.ROUND);
        for (int i = 0; i + 1 < Math.min(push.length, 2 * ARROWS) && i + 1 < xy.length; i += 2) {
            double x0 = x(xy[i], scale);
            double y0 = y(xy[i + 1], scale);
            double dx = push[i] * factor;
            double dy = -push[i + 1] * factor;
            double length = Math.hypot(dx, dy);
            if (length < 2) {
                continue;
            }
            double x1 = x0 + dx;
            double y1 = y0 + dy;
            g.strokeLine(x0, y0, x1, y1);
            double head = Math.min(length / 2, dot * 1.2);
            double a = Math.atan2(dy, dx);
            g.strokeLine(x1, y1, x1 - head * Math.cos(a - 0.5), y1 - head * Math.sin(a - 0.5));
            g.strokeLine(x1, y1, x1 - head * Math.cos(a + 0.5), y1 - head * Math.sin(a + 0.5));
        }
    }

    private void drawMesh(GraphicsContext g, double scale) {
        int k = frame.meshSize();
        float[] m = frame.mesh();
        g.setStroke(FAKE.deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(1.5);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int a = 2 * (i * k + j);
                if (j + 1 < k) {
                    g.strokeLine(x(m[a], scale), y(m[a + 1], scale), x(m[a + 2], scale), y(m[a + 3], scale));
                }
                if (i + 1 < k) {
                    int b = a + 2 * k;
                    g.strokeLine(x(m[a], scale), y(m[a + 1], scale), x(m[b], scale), y(m[b + 1], scale));
                }
            }
        }
    }

    private static WritableImage fieldImage(PlaneFrame f) {
        int n = f.fieldSize();
        WritableImage image = new WritableImage(n, n);
        PixelWriter w = image.getPixelWriter();
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                w.setColor(col, row, fieldColour(f.field()[row * n + col]));
            }
        }
        return image;
    }
}
