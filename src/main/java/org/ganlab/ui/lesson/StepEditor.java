package org.ganlab.ui.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ganlab.config.Lesson;

/**
 * Edit step… on the lesson's bar: the teacher's note for the step on the screen, the settings a preset's step fixes
 * (one per line, {@code name = value}) and those students may change. OK applies them through
 * {@link LessonModel#editStep}; a change it refuses is shown in the dialog, which stays open to mend it.
 */
final class StepEditor {
    private StepEditor() {
    }

    /** Opens the editor on the step on the screen, over {@code owner}. */
    static void show(LessonModel model, Window owner) {
        Lesson lesson = model.lessonProperty().get();
        int i = model.stepProperty().get();
        if (lesson == null || i < 0) {
            return;
        }
        Lesson.Step step = lesson.steps().get(i);
        TextArea note = new TextArea(step.note() == null ? "" : step.note());
        note.setId("step-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        TextArea fixed = new TextArea(step.settings().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n")));
        fixed.setId("step-fixed");
        fixed.setPrefRowCount(4);
        fixed.setDisable(step.preset() == null); // a saved or gallery run keeps its own settings
        TextField open = new TextField(String.join(", ", step.open()));
        open.setId("step-open");
        Label problem = new Label();
        problem.setId("step-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problems");
        problem.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(6, new Label("The teacher's note for this step"), note,
                new Label(step.preset() == null ? "Settings fixed (a preset's step only)"
                        : "Settings fixed, one per line: name = value"), fixed,
                new Label("Settings students may change (names, separated by commas; none: all fixed)"), open,
                problem);
        content.setPadding(new Insets(12));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Step " + (i + 1) + " of the lesson: " + LessonModel.shows(step));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(640);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> refused = apply(model, note.getText(), fixed.getText(), open.getText());
            refused.ifPresent(why -> {
                problem.setText(why);
                e.consume(); // stays open to mend it
            });
        });
        dialog.show();
    }

    /** The edit as typed, applied; why it was refused, if it was. */
    static Optional<String> apply(LessonModel model, String note, String fixed, String open) {
        Map<String, Object> settings;
        try {
            settings = LessonModel.settingsFrom(fixed);
        } catch (IllegalArgumentException e) {
            return Optional.of("settings fixed: " + e.getMessage());
        }
        List<String> names = Arrays.stream(open.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return model.editStep(note, settings, names);
    }
}
