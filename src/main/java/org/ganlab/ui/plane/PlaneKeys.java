package org.ganlab.ui.plane;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.ganlab.ui.run.EpochCursor;

/**
 * The playground's keys for a teacher at the lectern, as in the lab: Space starts, pauses and resumes; Left and Right
 * step back and forth through the checks, Home goes to the first and End back to the live picture; F5 and F11 present
 * the playground and Esc leaves the presentation; after Cure it, B flips between the cure and the failure. Keys typed
 * into a text field (the seed) stay there.
 */
final class PlaneKeys {
    private PlaneKeys() {
    }

    static void install(Node root, Runnable pauseOrResume, EpochCursor checks, Runnable togglePresentation,
                        Runnable leavePresentation, Runnable flipBefore) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            boolean used = true;
            switch (e.getCode()) {
                case SPACE -> pauseOrResume.run();
                case LEFT -> checks.step(-1);
                case RIGHT -> checks.step(1);
                case HOME -> checks.toFirst();
                case END -> checks.toLast();
                case F5, F11 -> togglePresentation.run();
                case ESCAPE -> leavePresentation.run();
                case B -> flipBefore.run();
                default -> used = false;
            }
            if (used) {
                e.consume();
            }
        });
    }
}
