package org.ganlab.ui.plane;

import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The folds at the playground's side (the guide, the settings): folded they take one line; open, they take the chart's
 * room, scrolling within it, so that opening one never pushes the window's controls off a small screen.
 */
final class SideFolds {
    private SideFolds() {
    }

    /** A fold titled {@code title} over {@code content}, which scrolls within it. */
    static TitledPane scrolling(String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        TitledPane fold = new TitledPane(title, scroll);
        fold.setExpanded(false);
        fold.setAnimated(false);
        return fold;
    }

    /** While any of {@code folds} is open, it takes {@code chart}'s room in their column; the chart shows otherwise. */
    static void shareRoomWith(Node chart, TitledPane... folds) {
        var anyOpen = Bindings.createBooleanBinding(() -> {
            for (TitledPane f : folds) {
                if (f.isExpanded()) {
                    return true;
                }
            }
            return false;
        }, Arrays.stream(folds).map(TitledPane::expandedProperty).toArray(Observable[]::new));
        chart.visibleProperty().bind(anyOpen.not());
        chart.managedProperty().bind(chart.visibleProperty());
        for (TitledPane fold : folds) {
            VBox.setVgrow(fold, Priority.ALWAYS);
            fold.setMaxHeight(Region.USE_PREF_SIZE);
            fold.expandedProperty().addListener((o, a, open) -> {
                fold.setMaxHeight(open ? Double.MAX_VALUE : Region.USE_PREF_SIZE);
                if (open) {
                    for (TitledPane other : folds) {
                        if (other != fold) {
                            other.setExpanded(false); // one open at a time: each has the room to itself
                        }
                    }
                }
            });
        }
    }
}
