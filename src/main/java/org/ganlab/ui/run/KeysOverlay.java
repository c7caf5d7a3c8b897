package org.ganlab.ui.run;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The list of a window's keys (see {@link LessonKeys}), shown over it; Esc, F1 or a click closes it. */
final class KeysOverlay {
    private StackPane layers;
    private Node overlay;

    /** Shows the list on top of {@code layers} (once). */
    void show(StackPane on, List<LessonKeys.Listed> keys) {
        if (overlay != null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        Label title = new Label("Keys");
        title.getStyleClass().add("keys-title");
        grid.add(title, 0, 0, 2, 1);
        for (int i = 0; i < keys.size(); i++) {
            Label key = new Label(keys.get(i).keys());
            key.getStyleClass().add("key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(keys.get(i).what());
            what.setWrapText(true);
            grid.add(key, 0, i + 1);
            grid.add(what, 1, i + 1);
        }
        Label close = new Label("Esc, F1 or a click closes this list");
        close.getStyleClass().add("hint");
        grid.add(close, 0, keys.size() + 1, 2, 1);
        grid.getStyleClass().add("keys-panel");
        grid.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane pane = new StackPane(grid);
        pane.setId("keys-overlay");
        pane.getStyleClass().add("keys-overlay");
        pane.setOnMouseClicked(e -> hide());
        overlay = pane;
        layers = on;
        layers.getChildren().add(pane);
    }

    void hide() {
        if (overlay != null) {
            layers.getChildren().remove(overlay);
        }
        overlay = null;
    }

    /** The list while it is shown, else null. */
    Node shown() {
        return overlay;
    }
}
