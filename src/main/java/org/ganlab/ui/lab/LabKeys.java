package org.ganlab.ui.lab;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.ganlab.records.Player;
import org.ganlab.ui.lesson.LessonModel;
import org.ganlab.ui.run.LessonKeys;

/**
 * The lab's table of the lesson's keys (see {@link LessonKeys}): Space, S one iteration of a paused run, D and G one
 * network's update alone, M slow motion, the epochs, P play, V D's view, O the model's overview, F5 or F11 the
 * presentation, Page Down and Page Up a lesson's steps, F1 or ? the list, Ctrl+G the gallery; Ctrl+O, Ctrl+L, Ctrl+2
 * and Ctrl+S are the menus' own and only listed.
 */
final class LabKeys {
    private LabKeys() {
    }

    static LessonKeys table(LabViewModel model, Region root, Runnable present, Runnable gallery,
                            Runnable pauseOrResume, Runnable play, LessonModel lesson) {
        return new LessonKeys()
                .space("start a run, or pause and resume it", "start/pause", () -> {
                    if (model.runningProperty().get()
                            && model.training().branching().branchFromProperty().get() == 0) {
                        pauseOrResume.run();
                    } else {
                        model.start();
                    }
                })
                .key("S", "one iteration of a paused run", "step", model.training().steps()::step, KeyCode.S)
                .key("D", "D's next update alone (a paused run; D's steps come first)", "update D",
                        () -> model.training().steps().update(Player.D), KeyCode.D)
                .key("G", "G's next update alone (after D's steps)", "update G",
                        () -> model.training().steps().update(Player.G), KeyCode.G)
                .key("M", "slow motion: the next update every second (M again: full speed)", "slow motion",
                        () -> model.training().steps().slow(!model.training().steps().slowProperty().get()), KeyCode.M)
                .cursor("epoch", model.shown().cursor())
                .key("P", "play the epochs", "play", play, KeyCode.P)
                .key("V", "D's view: the samples in D's colours", "D's view", model.shown()::toggleJudged, KeyCode.V)
                .key("O", "the model's overview in place of the samples, and back", "model",
                        () -> model.shown().overviewProperty().set(!model.shown().overviewProperty().get()), KeyCode.O)
                .key("F5 or F11", "presentation view (Esc leaves)", "present", present, KeyCode.F5, KeyCode.F11)
                .key("Page Down", "the lesson's next step", "next step", lesson::next, KeyCode.PAGE_DOWN)
                .key("Page Up", "the lesson's step before", "step back", lesson::previous, KeyCode.PAGE_UP)
                .listedOnly("Ctrl+O", "open a run or a sweep")
                .listedOnly("Ctrl+L", "open a lesson")
                .shortcut(KeyCode.G, "the gallery of recorded runs", gallery)
                .listedOnly("Ctrl+2", "the 2-D playground: what D sees")
                .listedOnly("Ctrl+S", "save the run")
                .listOn(() -> root.getParent() instanceof StackPane layers ? layers : null);
    }
}
