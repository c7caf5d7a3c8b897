package org.ganlab.ui.lab;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The list of the lab's keys, shown over the window (F1 or ?); Esc, F1 or a click closes it. */
final class KeysOverlay {
    /** Every key of the lab, as the list shows them. */
    static final List<String[]> KEYS = List.of(
            new String[] {"Space", "start a run, or pause and resume it"},
            new String[] {"Left / Right", "previous / next epoch"},
            new String[] {"Home / End", "first / last epoch"},
            new String[] {"P", "play the epochs"},
            new String[] {"D", "D's view: the samples in D's colours"},
            new String[] {"F5 or F11", "presentation view (Esc leaves)"},
            new String[] {"Ctrl+O", "open a run or a sweep"},
            new String[] {"Ctrl+G", "the gallery of recorded runs"},
            new String[] {"Ctrl+2", "the 2-D playground: what D sees"},
            new String[] {"Ctrl+S", "save the run"},
            new String[] {"F1 or ?", "this list (Esc closes it)"});

    private StackPane layers;
    private Node overlay;

    /** Shows the list on top of {@code layers} (once). */
    void show(StackPane on) {
        if (overlay != null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        Label title = new Label("Keys");
        title.getStyleClass().add("keys-title");
        grid.add(title, 0, 0, 2, 1);
        for (int i = 0; i < KEYS.size(); i++) {
            Label key = new Label(KEYS.get(i)[0]);
            key.getStyleClass().add("key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(KEYS.get(i)[1]);
            what.setWrapText(true);
            grid.add(key, 0, i + 1);
            grid.add(what, 1, i + 1);
        }
        Label close = new Label("Esc, F1 or a click closes this list");
        close.getStyleClass().add("hint");
        grid.add(close, 0, KEYS.size() + 1, 2, 1);
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
