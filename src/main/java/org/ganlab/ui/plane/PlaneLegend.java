package org.ganlab.ui.plane;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.ganlab.ui.common.Explanations;
import org.ganlab.ui.common.JudgementScale;

/**
 * What the picture's colours and marks mean, in large type: real and G's points, G's push, D's colour scale; each
 * says on hovering what it is, its formula and its source.
 */
final class PlaneLegend {
    static final String REAL = "Real points: drawn from the data set, x ~ p_data (the shapes of the Data setting).";
    static final String FAKE = "G's points: G(z) for fresh noise z ~ N(0, I), what G draws now (Goodfellow et al. "
            + "2014).";
    static final String PUSH = "G's push: at each of G's points x = G(z), the arrow is −∇ₓ L_G, minus the gradient of "
            + "G's loss with respect to the point: the way G's update moves it (before the learning rate and Adam's "
            + "scaling). For the non-saturating loss L_G = −log D(x), so the arrow is ∇ₓ log D(x) = (1 − D(x)) "
            + "∇ₓ a(x), up D's slope towards where D says real. With the saturating loss L_G = log(1 − D(x)) it is "
            + "D(x) ∇ₓ a(x), which vanishes where D is sure the point is fake. Source: Goodfellow et al. 2014; the "
            + "picture after GAN Lab (Kahng et al. 2018).";
    static final String FIELD = "D's field: at every point x of the plane, D(x) = σ(a(x)), the logistic of D's raw "
            + "score a: the probability D gives that a point there is real. Purple below ½ (says fake), white at ½, "
            + "green above (says real). A critic (WGAN-GP) gives scores, not probabilities: the colour is then "
            + "σ(a(x) − m), m the midpoint of its mean scores of real and fake points. Source: Goodfellow et al. 2014; "
            + "the picture after GAN Lab (Kahng et al. 2018).";

    private PlaneLegend() {
    }

    static Node node() {
        // wraps rather than cuts its words in the presentation's large type
        Label push = new Label("→ G's push");
        push.setTooltip(Explanations.tooltip(PUSH));
        FlowPane points = new FlowPane(14, 4, key(PlanePicture.REAL, "real", REAL),
                key(PlanePicture.FAKE, "G's points", FAKE), push);
        points.setAlignment(Pos.CENTER_LEFT);
        Node field = JudgementScale.node();
        Tooltip.install(field, Explanations.tooltip(FIELD));
        VBox legend = new VBox(4, points, field);
        legend.setId("plane-legend");
        return legend;
    }

    private static Node key(Color colour, String text, String meaning) {
        Circle dot = new Circle(7, colour);
        dot.setStroke(Color.WHITE);
        HBox key = new HBox(6, dot, new Label(text));
        key.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(key, Explanations.tooltip(meaning));
        return key;
    }
}
