package org.ganlab.ui.curves;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The bar under the curves: Smooth, Reset zoom and a hint at the mouse's gestures. */
final class CurveControls {
    private CurveControls() {
    }

    /** The bar with {@code smooth} (whose owner listens to it) and a Reset zoom button that calls {@code resetZoom}. */
    static FlowPane bar(CheckBox smooth, Runnable resetZoom) {
        Button reset = new Button("Reset zoom");
        reset.setId("reset-zoom");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> resetZoom.run());
        smooth.setId("smooth");
        smooth.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("wheel: zoom · drag: pan · grid lines: epochs");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // in a narrow pane the hint moves under the controls (and wraps there) instead of becoming a tall column
        FlowPane bar = new FlowPane(12, 4, smooth, reset, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setPrefWrapLength(120); // the bar must not widen the curves' side of the window
        bar.setMinWidth(0);
        hint.maxWidthProperty().bind(bar.widthProperty().subtract(16));
        return bar;
    }
}
