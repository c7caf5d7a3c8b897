package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneLook;
import org.ganlab.ui.common.ModelGraph;

/**
 * The model's picture for the playground ({@link ModelGraph} on points): the layer sizes from the run's settings,
 * G's points and the real ones as miniatures, D's judgement on the fixed probe, the losses of the last check, and the
 * network an update just trained. It takes the picture's place (Model, or O) so the back row reads it.
 */
final class ModelOverview {
    /** A miniature's side, in pixels. */
    static final double MINI = 120;
    private static final ModelGraph.Words POINTS = new ModelGraph.Words("a point of the plane", "points",
            "now (on a fixed probe of 512 each)", "Both averaged since the last check");

    private final Canvas fakes = new Canvas(MINI, MINI);
    private final Canvas reals = new Canvas(MINI, MINI);
    private final ModelGraph graph;
    private PlaneFrame frame;

    /** An overview bound to {@code stepping} (the run's settings, D's judgement, the last update) and {@code checks}. */
    ModelOverview(Stepping stepping, ObservableList<PlaneCheck> checks, Runnable showPicture) {
        graph = new ModelGraph(POINTS, fakes, reals, showPicture);
        graph.node().setId("plane-overview");
        stepping.settingsProperty().addListener((o, a, s) -> showSizes(s));
        stepping.lookProperty().addListener((o, a, l) -> showLook(l));
        stepping.lastProperty().addListener((o, a, u) -> graph.highlight(u == null ? null : u.player()));
        checks.addListener((ListChangeListener<PlaneCheck>) c -> showLosses(checks));
        showSizes(null);
        showLook(null);
        showLosses(checks);
    }

    /** The overview, scrolling where the room is smaller than it (it never forces the window's layout). */
    Node node() {
        return graph.node();
    }

    /** The picture's points for the miniatures: G's and the real ones. */
    void show(PlaneFrame f) {
        frame = f;
        draw(fakes, f == null ? null : f.fake(), PlanePicture.FAKE);
        draw(reals, f == null ? null : f.real(), PlanePicture.REAL);
    }

    /** Noise size and the two networks' layers: "z: noise (2-D)", "G  2 → 64 → 64 → 2". */
    private void showSizes(PlaneSettings s) {
        if (s == null) {
            graph.sizes(null, null, null);
            return;
        }
        int in = 2 * s.pack() + (s.minibatchStd() ? 1 : 0);
        String reads = s.pack() > 1 ? s.pack() + " points at a time" : "one point at a time";
        graph.sizes(s.latentSize() + "-D normal", layers(s.latentSize(), s, 2), layers(in, s, 1) + "\nreads " + reads);
    }

    private static String layers(int in, PlaneSettings s, int out) {
        StringBuilder b = new StringBuilder().append(in);
        for (int i = 0; i < s.layers(); i++) {
            b.append("\u2192").append(s.hidden());
        }
        return b.append("\u2192").append(out).toString();
    }

    private void showLook(PlaneLook l) {
        graph.scores(l == null ? Double.NaN : l.real(), l == null ? Double.NaN : l.fake());
    }

    private void showLosses(List<PlaneCheck> checks) {
        if (checks.isEmpty()) {
            graph.losses("D's loss   G's loss\n(after the first check)");
            return;
        }
        PlaneCheck c = checks.get(checks.size() - 1);
        graph.losses(String.format(Locale.ROOT, "D's loss %.2f   G's loss %.2f\nat iteration %,d", c.dLoss(),
                c.gLoss(), c.iteration()));
    }

    /** {@code xy} as dots on a white square showing the picture's extent. */
    private void draw(Canvas c, float[] xy, Color colour) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, MINI, MINI);
        g.setStroke(Color.web("#444444"));
        g.strokeRect(0.5, 0.5, MINI - 1, MINI - 1);
        if (xy == null || frame == null) {
            return;
        }
        double e = frame.extent();
        g.setFill(colour);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = (xy[i] + e) / (2 * e) * MINI;
            double y = (e - xy[i + 1]) / (2 * e) * MINI;
            g.fillOval(x - 1.5, y - 1.5, 3, 3);
        }
    }
}
