package org.ganlab.ui.plane;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.ganlab.records.Player;
import org.ganlab.ui.run.LessonKeys;

/**
 * The playground's table of the lesson's keys (see {@link LessonKeys}), as in the lab: Space, the checks, F5 or F11
 * the presentation (Esc leaves it), B before and after a cure, F1 or ? the list.
 */
final class PlaneKeys {
    private PlaneKeys() {
    }

    static LessonKeys table(PlaneModel model, StackPane layers, Runnable toggleModel, Runnable togglePresentation) {
        return new LessonKeys()
                .space("start a run, or pause and resume it", "start/pause", model::pauseOrResume)
                .key("S", "one whole iteration of a paused run: D's steps, then G's", "step",
                        () -> model.stepping().iteration(), KeyCode.S)
                .key("D", "D's next update alone (a paused run; D's steps come first)", "update D",
                        () -> model.stepping().update(Player.D), KeyCode.D)
                .key("G", "G's next update alone (after D's steps)", "update G",
                        () -> model.stepping().update(Player.G), KeyCode.G)
                .key("M", "slow motion: one update a second while the run trains", "slow motion",
                        () -> model.stepping().slow(!model.stepping().slowProperty().get()), KeyCode.M)
                .key("O", "the model's overview in place of the picture, and back", "model", toggleModel, KeyCode.O)
                .cursor("check", model.picture().cursor())
                .key("F5 or F11", "presentation view", "present", togglePresentation, KeyCode.F5,
                        KeyCode.F11)
                .key("B", "after Cure it: the failure, then the cure again", "before/after",
                        () -> CureComparisonPane.toggle(model.picture()), KeyCode.B)
                .listOn(() -> layers);
    }
}
