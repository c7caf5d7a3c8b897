package org.ganlab.ui.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ganlab.config.Catalogue;
import org.ganlab.config.DataKind;
import org.ganlab.config.Presets;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.lesson.LessonBar;
import org.ganlab.ui.lesson.LessonModel;

/**
 * The lab's side of a lesson: each step opened in the lab or the playground (a preset trains at once, with the
 * settings the step fixes and the rest locked but those it opens; a run opens), the File menu's lesson commands, the
 * bar, and Page Down and Page Up in the playground's window.
 */
final class LessonActions {
    private final LabViewModel model;
    private final Supplier<Window> window;
    private final LessonModel lesson;

    LessonActions(LabViewModel model, BackgroundTasks tasks, LabWindows windows, Supplier<Window> window) {
        this.model = model;
        this.window = window;
        this.lesson = new LessonModel(tasks, new LessonModel.Steps() {
            public boolean preset(String name, Map<String, Object> settings, List<String> open) {
                if (!free()) {
                    return false;
                }
                model.settings().openOnly(open);
                // a preset's step trains from its first iteration, as the teacher would press Start
                if (Catalogue.get(name).kind() == DataKind.POINTS) {
                    windows.plane(name, true, settings, open);
                } else {
                    model.loadPreset(Presets.get(name));
                    settings.forEach(model::set);
                    window.get().requestFocus();
                    model.start();
                }
                return true;
            }

            public boolean run(Path dir) {
                boolean free = free();
                if (free) {
                    model.settings().openOnly(null);
                    windows.open(dir, null);
                }
                return free;
            }

            public void closed() {
                model.settings().openOnly(null);
            }
        }, model::say, () -> model.runsFolderProperty().get());
    }

    /** Whether the lab may show another step: not while its run trains. */
    private boolean free() {
        if (model.runningProperty().get()) {
            model.say("the run is still training: stop it (or let it finish) before the lesson's next step");
            return false;
        }
        return true;
    }

    /** File > Open lesson…: a lesson's file, its first step opened. */
    void open() {
        var file = chooser("Open a lesson (a .json file, or a lesson's .zip archive)", "Lessons and their archives",
                "*.json", "*.zip").showOpenDialog(window.get());
        if (file != null) {
            lesson.open(file.toPath());
        }
    }

    /** File > Add to the lesson: the run on the screen, or the chosen preset when none is shown. */
    void add() {
        lesson.addShown(model.shownRun(), model.presetProperty().get().name());
    }

    /** File > Save lesson…: the lesson into a file of the teacher's choice. */
    void save() {
        var file = chooser("Save the lesson (a .json file; its saved runs beside it or below)", "Lessons", "*.json")
                .showSaveDialog(window.get());
        if (file != null) {
            lesson.save(file.toPath());
        }
    }

    /** File > Export lesson with its runs…: one archive to open on another machine. */
    void export() {
        var file = chooser("Export the lesson with its saved runs (a .zip file)", "Lesson archives", "*.zip")
                .showSaveDialog(window.get());
        if (file != null) {
            lesson.export(file.toPath());
        }
    }

    private static FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        return chooser;
    }

    LessonModel model() {
        return lesson;
    }

    /** A bar of the lesson, for the top of a window (the lab's, the playground's). */
    Node bar() {
        return new LessonBar(lesson).node();
    }

    /** Page Down and Page Up walk the lesson, in a window whose own keys do not. */
    void pageKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            lesson.next();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            lesson.previous();
            e.consume();
        }
    }
}
