package org.ganlab.ui.plane;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The playground's keys for a teacher at the lectern, as in the lab: Space starts, pauses and resumes; Left and Right
 * step back and forth through the checks, Home goes to the first and End back to the live picture; F5 and F11 present
 * the playground and Esc leaves the presentation; after Cure it, B flips between the cure and the failure. Keys typed
 * into a text field (the seed) stay there.
 */
final class PlaneKeys {
    private PlaneKeys() {
    }

    static void install(Node root, Runnable pauseOrResume, Slider checks, Runnable togglePresentation,
                        Runnable leavePresentation, Runnable flipBefore) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return;
            }
            boolean used = true;
            switch (e.getCode()) {
                case SPACE -> pauseOrResume.run();
                case LEFT -> checks.decrement();
                case RIGHT -> checks.increment();
                case HOME -> checks.setValue(0);
                case END -> checks.setValue(checks.getMax());
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
