package org.ganlab.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The frame a sample grid sits in: lab.css's "grid-frame", free to shrink, clipped to itself, and refitted on resize. */
public final class GridFrame {
    private GridFrame() {
    }

    /**
     * A frame around {@code content} that takes the height its column can give, never draws outside itself when
     * squeezed, and calls {@code fit} with itself whenever its size changes (to rescale the grid, {@link GridFit}).
     */
    public static StackPane around(Node content, Consumer<StackPane> fit) {
        StackPane frame = new StackPane(content);
        frame.getStyleClass().add("grid-frame");
        frame.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(frame.widthProperty());
        clip.heightProperty().bind(frame.heightProperty());
        frame.setClip(clip);
        VBox.setVgrow(frame, Priority.ALWAYS);
        frame.widthProperty().addListener((o, a, b) -> fit.accept(frame));
        frame.heightProperty().addListener((o, a, b) -> fit.accept(frame));
        return frame;
    }
}
