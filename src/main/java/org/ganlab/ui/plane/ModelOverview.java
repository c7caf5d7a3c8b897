package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneLook;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;

/**
 * The model's picture: noise into G, G's points and the real points into D, D's judgement of each, the two losses, and
 * which network learns from which loss; the layer sizes from the run's settings, each part with a live miniature or
 * number, and the network an update just trained outlined in orange. It takes the picture's place (Model, or O) so the
 * back row reads it. Hovering over a part says what it is; a click on D or on the points goes back to the picture.
 */
final class ModelOverview {
    /** A miniature's side, in pixels. */
    static final double MINI = 120;

    private final VBox root = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(root);
    private final Label noise = box("z: noise", "Random points of a standard normal distribution, one per point G "
            + "draws: G's only input.");
    private final Label generator = box("G", "The generator: it turns each noise point into a point of the plane. It "
            + "learns from the gradient of G's loss, passed back through D (whose weights stay as they are).");
    private final VBox fakes = mini("G(z): fakes", "What G draws now: the points D must tell from the real ones.");
    private final VBox reals = mini("x: real", "Points of the data set: what G must learn to draw.");
    private final Label discriminator = box("D", "The discriminator: it reads a point (or a pack of points) and gives "
            + "its judgement, near 1 for real, near 0 for fake. It learns from the gradient of D's loss.");
    private final Label scores = box("D(x)   D(G(z))", "D's mean judgement of the real points, D(x), and of G's, "
            + "D(G(z)), now (on a fixed probe of 512 each). D wants D(x) near 1 and D(G(z)) near 0; G wants "
            + "D(G(z)) near 1. In balance both sit near 0.5.");
    private final Label losses = box("losses", "D's loss: how badly D sorts real from fake (cross-entropy over a real "
            + "and a fake half batch, their mean; 0.69 is a D that cannot tell). G's loss: how well D sees through G's points. "
            + "Both averaged since the last check.");
    /** The gradients back to each network, in orange like the update that follows them. */
    private final Label toG = gradient("\u2191 \u2207 G's loss, back through D");
    private final Label toD = gradient("\u2191 \u2207 D's loss");
    private final Label learning = new Label("Each update: D learns from the gradient of D's loss; G from the gradient "
            + "of G's loss, passed back through D, whose weights stay.");
    private PlaneFrame frame;

    /** An overview bound to {@code stepping} (the run's settings, D's judgement, the last update) and {@code checks}. */
    ModelOverview(Stepping stepping, ObservableList<PlaneCheck> checks, Runnable showPicture) {
        scroll.setId("plane-overview");
        root.getStyleClass().add("model-overview");
        root.setPadding(new Insets(4));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setAlignment(Pos.CENTER);
        grid.add(noise, 0, 0);
        grid.add(arrow("\u2192"), 1, 0);
        grid.add(generator, 2, 0);
        grid.add(arrow("\u2192"), 3, 0);
        grid.add(fakes, 4, 0);
        grid.add(arrow("\u2199"), 3, 1);
        grid.add(reals, 0, 2);
        grid.add(arrow("\u2192"), 1, 2);
        grid.add(discriminator, 2, 2);
        grid.add(arrow("\u2193"), 2, 3);
        grid.add(scores, 0, 4, 5, 1);
        grid.add(arrow("\u2193"), 2, 5);
        grid.add(losses, 0, 6, 5, 1);
        grid.add(learning, 0, 7, 5, 1);
        grid.add(toG, 0, 1, 3, 1);
        grid.add(toD, 3, 3, 2, 1);
        for (Node n : grid.getChildren()) {
            GridPane.setHalignment(n, HPos.CENTER);
        }
        learning.setWrapText(true);
        learning.setMinHeight(Region.USE_PREF_SIZE);
        learning.getStyleClass().add("overview-learning");
        root.getChildren().add(grid);
        root.setAlignment(Pos.CENTER);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setMinSize(0, 0);
        scroll.getStyleClass().add("edge-to-edge");
        for (Node n : List.of(discriminator, fakes, reals)) {
            n.setOnMouseClicked(e -> showPicture.run());
        }
        stepping.settingsProperty().addListener((o, a, s) -> showSizes(s));
        stepping.lookProperty().addListener((o, a, l) -> showLook(l));
        stepping.lastProperty().addListener((o, a, u) -> highlight(u));
        checks.addListener((ListChangeListener<PlaneCheck>) c -> showLosses(checks));
        showSizes(null);
        showLook(null);
        showLosses(checks);
    }

    /** The overview, scrolling where the room is smaller than it (it never forces the window's layout). */
    Node node() {
        return scroll;
    }

    /** The picture's points for the miniatures: G's and the real ones. */
    void show(PlaneFrame f) {
        frame = f;
        draw((Canvas) fakes.getChildren().get(1), f == null ? null : f.fake(), PlanePicture.FAKE);
        draw((Canvas) reals.getChildren().get(1), f == null ? null : f.real(), PlanePicture.REAL);
    }

    /** Noise size and the two networks' layers: "z: noise (2-D)", "G  2 → 64 → 64 → 2". */
    private void showSizes(PlaneSettings s) {
        if (s == null) {
            noise.setText("z: noise");
            generator.setText("G");
            discriminator.setText("D");
            return;
        }
        noise.setText("z: noise\n" + s.latentSize() + "-D normal");
        generator.setText("G\n" + layers(s.latentSize(), s, 2));
        int in = 2 * s.pack() + (s.minibatchStd() ? 1 : 0);
        String reads = s.pack() > 1 ? s.pack() + " points at a time" : "one point at a time";
        discriminator.setText("D\n" + layers(in, s, 1) + "\nreads " + reads);
    }

    private static String layers(int in, PlaneSettings s, int out) {
        StringBuilder b = new StringBuilder().append(in);
        for (int i = 0; i < s.layers(); i++) {
            b.append("\u2192").append(s.hidden());
        }
        return b.append("\u2192").append(out).toString();
    }

    private void showLook(PlaneLook l) {
        scores.setText(l == null ? "D(x)   D(G(z))" : String.format(Locale.ROOT, "D(x) %.2f   D(G(z)) %.2f",
                l.real(), l.fake()));
    }

    private void showLosses(List<PlaneCheck> checks) {
        if (checks.isEmpty()) {
            losses.setText("D's loss   G's loss\n(after the first check)");
            return;
        }
        PlaneCheck c = checks.get(checks.size() - 1);
        losses.setText(String.format(Locale.ROOT, "D's loss %.2f   G's loss %.2f\nat iteration %,d", c.dLoss(),
                c.gLoss(), c.iteration()));
    }

    /** The network the last update trained, outlined in orange, and what it learned from, in words. */
    private void highlight(PlaneUpdate u) {
        for (Label l : List.of(generator, discriminator, toG, toD)) {
            l.getStyleClass().remove("updating");
        }
        if (u != null) {
            boolean d = u.player() == Player.D;
            (d ? discriminator : generator).getStyleClass().add("updating");
            (d ? toD : toG).getStyleClass().add("updating");
        }
    }

    private static Label box(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("overview-box");
        l.setTooltip(new Tooltip(tip));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static VBox mini(String title, String tip) {
        Label t = new Label(title);
        Canvas c = new Canvas(MINI, MINI);
        VBox box = new VBox(2, t, c);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("overview-box");
        Tooltip.install(box, new Tooltip(tip));
        return box;
    }

    private static Label gradient(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("overview-gradient");
        l.setTooltip(new Tooltip("The gradient of the loss with respect to the network's weights: the direction "
                + "each update moves them. G's passes back through D's layers to G; D's stops at D."));
        return l;
    }

    private static Label arrow(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("overview-arrow");
        return l;
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
