package org.ganlab.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.config.Lesson;

/**
 * The lesson's bar across the lab, shown while a lesson is open: its title and where it is ("step 2 of 9"), what this
 * step shows and the teacher's note for it, Previous and Next (Page Up and Page Down, as a presenter's clicker sends
 * them), Edit step… ({@link StepEditor}) and Close.
 */
public final class LessonBar {
    private final VBox box = new VBox(4);

    public LessonBar(LessonModel model) {
        Label where = new Label();
        where.getStyleClass().add("lesson-where");
        where.setId("lesson-where");
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("lesson-note");
        note.setId("lesson-note");
        Button previous = new Button("Previous");
        previous.setTooltip(new Tooltip("The lesson's step before (Page Up)"));
        previous.setOnAction(e -> model.previous());
        previous.setId("lesson-previous");
        Button next = new Button("Next");
        next.setTooltip(new Tooltip("The lesson's next step (Page Down)"));
        next.setOnAction(e -> model.next());
        next.setId("lesson-next");
        next.getStyleClass().add("accent");
        Button edit = new Button("Edit step…");
        edit.setTooltip(new Tooltip("The teacher's note for this step, the settings it fixes and those students may "
                + "change"));
        edit.setOnAction(e -> StepEditor.show(model, box.getScene() == null ? null : box.getScene().getWindow()));
        edit.setId("lesson-edit");
        Button close = new Button("Close lesson");
        close.setOnAction(e -> model.close());
        close.setId("lesson-close");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            Lesson l = model.lessonProperty().get();
            int i = model.stepProperty().get();
            if (l == null || i < 0) {
                return "";
            }
            return "Lesson: " + l.title() + ". Step " + (i + 1) + " of " + l.steps().size() + ": "
                    + LessonModel.shows(l.steps().get(i));
        }, model.lessonProperty(), model.stepProperty()));
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            Lesson l = model.lessonProperty().get();
            int i = model.stepProperty().get();
            return l == null || i < 0 || l.steps().get(i).note() == null ? "" : l.steps().get(i).note();
        }, model.lessonProperty(), model.stepProperty()));
        previous.disableProperty().bind(model.stepProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.lessonProperty().get() == null
                || model.stepProperty().get() >= model.lessonProperty().get().steps().size() - 1,
                model.lessonProperty(), model.stepProperty()));
        where.setWrapText(true);
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        for (Button b : new Button[] {previous, next, edit, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the buttons keep their words; the lesson's line wraps
        }
        HBox top = new HBox(8, where, previous, next, edit, close);
        top.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().setAll(top, note);
        box.getStyleClass().add("lesson-bar");
        box.setId("lesson-bar");
        box.visibleProperty().bind(model.lessonProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
    }

    public Node node() {
        return box;
    }
}
