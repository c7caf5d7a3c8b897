package org.ganlab.ui.plane;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.ganlab.ui.common.JudgementScale;

/** What the picture's colours and marks mean, in large type: real and G's points, G's push, D's colour scale. */
final class PlaneLegend {
    private PlaneLegend() {
    }

    static Node node() {
        // wraps rather than cuts its words in the presentation's large type
        FlowPane points = new FlowPane(14, 4, key(PlanePicture.REAL, "real"), key(PlanePicture.FAKE, "G's points"),
                new Label("→ G's push"));
        points.setAlignment(Pos.CENTER_LEFT);
        VBox legend = new VBox(4, points, JudgementScale.node());
        legend.setId("plane-legend");
        return legend;
    }

    private static Node key(Color colour, String text) {
        Circle dot = new Circle(7, colour);
        dot.setStroke(Color.WHITE);
        HBox key = new HBox(6, dot, new Label(text));
        key.setAlignment(Pos.CENTER_LEFT);
        return key;
    }
}
