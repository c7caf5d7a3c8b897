package org.ganlab.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.records.Player;

/**
 * The model's picture, for either kind of data: noise into G, G's samples and the real ones into D, D's judgement of
 * each, the two losses, and which network learns from which loss. Each part is a box with its layer sizes, a live
 * miniature or a number, and the network an update just trained is outlined in orange. A kind fills it in (the
 * playground's points, the lab's digits); hovering over a part says what it is, and a click on D or on the samples
 * goes back to the picture it stands in for.
 */
public final class ModelGraph {
    /**
     * How a kind's parts are called in the tooltips.
     *
     * @param aSample    one sample, with its article: "a point of the plane", "an image"
     * @param samples    several: "points", "images"
     * @param scoresOn   where D's mean judgements are read: "on a fixed probe of 512 each"
     * @param lossesWhen when the losses were taken: "both averaged since the last check"
     */
    public record Words(String aSample, String samples, String scoresOn, String lossesWhen) {
    }

    private final VBox root = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(root);
    private final Label noise;
    private final Label generator;
    private final Label discriminator;
    private final Label scores;
    private final Label losses;
    /** The gradients back to each network, in orange like the update that follows them. */
    private final Label toG = gradient("\u2191 \u2207 G's loss, back through D");
    private final Label toD = gradient("\u2191 \u2207 D's loss");

    /** The graph in {@code words}, with {@code fakes} and {@code reals} as the samples' miniatures. */
    public ModelGraph(Words words, Node fakes, Node reals, Runnable showPicture) {
        noise = box("z: noise", "Random points of a standard normal distribution, one for each of the "
                + words.samples() + " G draws: G's only input.");
        generator = box("G", "The generator: it turns each noise point into " + words.aSample() + ". It learns from "
                + "the gradient of G's loss, passed back through D (whose weights stay as they are).");
        discriminator = box("D", "The discriminator: it reads " + words.aSample() + " (or a pack of them) and gives "
                + "its judgement, near 1 for real, near 0 for fake. It learns from the gradient of D's loss.");
        scores = box("D(x)   D(G(z))", "D's mean judgement of the real " + words.samples() + ", D(x), and of G's, "
                + "D(G(z)), " + words.scoresOn() + ". D wants D(x) near 1 and D(G(z)) near 0; G wants D(G(z)) near 1. "
                + "In balance both sit near 0.5.");
        losses = box("losses", "D's loss: how badly D sorts real from fake (the cross-entropy over a real and a fake "
                + "half batch, their mean; 0.69 is a D that cannot tell). G's loss: how well D sees through G's "
                + words.samples() + ". " + words.lossesWhen() + ".");
        VBox fakesBox = mini("G(z): fakes", fakes, "What G draws now: the " + words.samples()
                + " D must tell from the real ones.");
        VBox realsBox = mini("x: real", reals, "Real " + words.samples() + " of the data set: what G must learn to "
                + "draw.");
        Label learning = new Label("Each update: D learns from the gradient of D's loss; G from the gradient of G's "
                + "loss, passed back through D, whose weights stay.");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setAlignment(Pos.CENTER);
        grid.add(noise, 0, 0);
        grid.add(arrow("\u2192"), 1, 0);
        grid.add(generator, 2, 0);
        grid.add(arrow("\u2192"), 3, 0);
        grid.add(fakesBox, 4, 0);
        grid.add(arrow("\u2199"), 3, 1);
        grid.add(realsBox, 0, 2);
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
        root.getStyleClass().add("model-overview");
        root.setPadding(new Insets(4));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setMinSize(0, 0);
        scroll.getStyleClass().add("edge-to-edge");
        for (Node n : List.of(discriminator, fakesBox, realsBox)) {
            n.setOnMouseClicked(e -> showPicture.run());
        }
    }

    /** The graph, scrolling where the room is smaller than it (it never forces the window's layout). */
    public ScrollPane node() {
        return scroll;
    }

    /** The noise's size and the two networks' layers, each a line or two; null leaves the part's bare name. */
    public void sizes(String noiseSize, String generatorLayers, String discriminatorLayers) {
        noise.setText(noiseSize == null ? "z: noise" : "z: noise\n" + noiseSize);
        generator.setText(generatorLayers == null ? "G" : "G\n" + generatorLayers);
        discriminator.setText(discriminatorLayers == null ? "D" : "D\n" + discriminatorLayers);
    }

    /** D's mean judgement of the real samples and of G's (NaN before there is one). */
    public void scores(double real, double fake) {
        scores.setText(Double.isNaN(real) ? "D(x)   D(G(z))" : String.format(Locale.ROOT, "D(x) %.2f   D(G(z)) %.2f",
                real, fake));
    }

    /** The losses' line: "D's loss 0.61   G's loss 1.10\nat iteration 450". */
    public void losses(String text) {
        losses.setText(text);
    }

    /** The network the last update trained, outlined in orange with the gradient it learned from, or none (null). */
    public void highlight(Player player) {
        for (Label l : List.of(generator, discriminator, toG, toD)) {
            l.getStyleClass().remove("updating");
        }
        if (player != null) {
            boolean d = player == Player.D;
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

    private static VBox mini(String title, Node content, String tip) {
        VBox box = new VBox(2, new Label(title), content);
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
}
