package org.ganlab.ui.present;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganlab.ui.run.LessonKeys;

/**
 * What every presentation shares, the lab's ({@link PresentationView}) and the playground's: the window full screen
 * with the one exit hint, the presentation ending when full screen does (Esc may end it before the key reaches the
 * view), and a line under it that reminds of the window's own keys.
 */
public final class FullScreen {
    /** What the toolkit shows as full screen begins. */
    public static final String EXIT_HINT = "Esc leaves the presentation";

    private FullScreen() {
    }

    /** Gives {@code stage} the exit hint and calls {@code ended} each time it leaves full screen. */
    public static void endsWith(Stage stage, Runnable ended) {
        stage.setFullScreenExitHint(EXIT_HINT);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (was && !now) {
                ended.run();
            }
        });
    }

    /** The keys' reminder: {@code listed} keys of {@code keys}, as their table words them, wrapped. */
    public static Label hint(LessonKeys keys, String... listed) {
        Label hint = new Label(keys.hint(listed));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setPadding(new Insets(8, 8, 0, 8));
        return hint;
    }
}
