package org.ganlab.ui.lab;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The keys a teacher at a lectern uses: Space start/pause, Left/Right/Home/End the epochs, P play, D D's view, F5 or F11 the
 * presentation view, F1 or ? the list of keys, Ctrl+G the gallery (Ctrl+O, Ctrl+S and Ctrl+Q are the menus' own). Keys
 * typed into a text field stay there.
 */
final class LabKeys {
    private final LabViewModel model;
    private final Region root;
    private final Runnable present;
    private final Runnable gallery;
    private final Runnable pauseOrResume;
    private final Runnable play;
    private final KeysOverlay overlay = new KeysOverlay();

    LabKeys(LabViewModel model, Region root, Runnable present, Runnable gallery, Runnable pauseOrResume,
            Runnable play) {
        this.model = model;
        this.root = root;
        this.present = present;
        this.gallery = gallery;
        this.pauseOrResume = pauseOrResume;
        this.play = play;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e.getCode(), e.isShortcutDown(), e.getTarget())) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
                showList();
                e.consume();
            }
        });
    }

    /** Handles one key; true when it was used. */
    boolean handle(KeyCode code, boolean shortcut, Object target) {
        boolean typing = target instanceof TextInputControl || target instanceof ComboBox<?> c && c.isEditable()
                || target instanceof Spinner<?>;
        if (overlay.shown() != null && (code == KeyCode.ESCAPE || code == KeyCode.F1)) {
            overlay.hide();
            return true;
        }
        switch (code) {
            case F5, F11 -> present.run();
            case F1 -> showList();
            case G -> {
                if (!shortcut) {
                    return false;
                }
                gallery.run();
            }
            case SPACE -> {
                if (typing) {
                    return false;
                }
                if (model.runningProperty().get() && model.training().branching().branchFromProperty().get() == 0) {
                    pauseOrResume.run();
                } else {
                    model.start();
                }
            }
            case LEFT, RIGHT, HOME, END -> {
                if (typing || shortcut) {
                    return false;
                }
                scrub(code);
            }
            case P -> {
                if (typing || shortcut) {
                    return false;
                }
                play.run();
            }
            case D -> {
                if (typing || shortcut) {
                    return false;
                }
                model.shown().toggleJudged();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Shows the previous, next, first or last epoch. */
    private void scrub(KeyCode code) {
        switch (code) {
            case LEFT -> model.shown().cursor().step(-1);
            case RIGHT -> model.shown().cursor().step(1);
            case HOME -> model.shown().cursor().toFirst();
            default -> model.shown().cursor().toLast();
        }
    }

    /** A list of the keys over the window; Esc, F1 or a click closes it. */
    void showList() {
        if (root.getParent() instanceof StackPane layers) {
            overlay.show(layers);
        }
    }

    /** The keys overlay, while it is shown. */
    Node overlay() {
        return overlay.shown();
    }
}
