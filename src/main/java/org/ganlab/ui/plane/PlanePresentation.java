package org.ganlab.ui.plane;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.ganlab.ui.present.FullScreen;
import org.ganlab.ui.run.LessonKeys;

/**
 * The projector's view of the playground (F5 or F11, or Present; Esc leaves): the window full screen, the controls'
 * bar replaced by the keys' hint, the description, cures and guide left out, and type of at least 24 px (the
 * {@code presentation} style class). The picture takes the room they leave; the keys work as before.
 */
final class PlanePresentation {
    private final BorderPane root;
    private final Node toolbar;
    private final List<Node> lectureOnly;
    private final Label hint;
    private boolean presenting;
    private boolean watchingFullScreen;

    /** {@code lectureOnly}: what the presentation leaves out; {@code keys}: the reminder of the keys shown instead. */
    PlanePresentation(BorderPane root, Node toolbar, List<Node> lectureOnly, LessonKeys keys) {
        this.hint = FullScreen.hint(keys, "Space", "Left / Right", "D", "G", "M", "O");
        this.root = root;
        this.toolbar = toolbar;
        this.lectureOnly = List.copyOf(lectureOnly);
    }

    boolean presenting() {
        return presenting;
    }

    void present(boolean on) {
        presenting = on;
        root.setTop(on ? hint : toolbar);
        lectureOnly.forEach(n -> {
            n.setVisible(!on);
            n.setManaged(!on);
        });
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            if (on && !watchingFullScreen) {
                watchingFullScreen = true;
                FullScreen.endsWith(stage, () -> {
                    if (presenting) {
                        present(false);
                    }
                });
            }
            stage.setFullScreen(on);
        }
        root.requestFocus();
    }
}
