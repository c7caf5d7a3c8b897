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
import org.ganlab.records.Measure;
import org.ganlab.ui.common.Explanations;
import org.ganlab.ui.common.JudgementScale;

/**
 * What the picture's colours and marks mean, in large type: real and G's points, G's push, D's colour scale; each
 * says on hovering what it is, its formula and its source.
 */
final class PlaneLegend {
    private PlaneLegend() {
    }

    static Node node() {
        // wraps rather than cuts its words in the presentation's large type
        Label push = new Label("→ G's push");
        push.setTooltip(Explanations.tooltip(Measure.PUSH.explained()));
        FlowPane points = new FlowPane(14, 4, key(PlanePicture.REAL, "real", Measure.REAL_POINTS),
                key(PlanePicture.FAKE, "G's points", Measure.G_POINTS), push);
        points.setAlignment(Pos.CENTER_LEFT);
        Node field = JudgementScale.node();
        Tooltip.install(field, Explanations.tooltip(Measure.FIELD.explained()));
        VBox legend = new VBox(4, points, field);
        legend.setId("plane-legend");
        return legend;
    }

    private static Node key(Color colour, String text, Measure meaning) {
        Circle dot = new Circle(7, colour);
        dot.setStroke(Color.WHITE);
        HBox key = new HBox(6, dot, new Label(text));
        key.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(key, Explanations.tooltip(meaning.explained()));
        return key;
    }
}
