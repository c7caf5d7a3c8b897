package org.ganlab.ui.lab;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.EpochGrid;
import org.ganlab.ui.settings.ConfigEditor;
import org.ganlab.ui.settings.SettingsPanes;

/**
 * The settings beside the curves: the editor, folded away while a run trains and when its first grid arrives (the grid
 * gets the room), unfolded for a branch's settings with a banner over them; locked while training except for a
 * branch; and the problems to fix before Start, each naming its field.
 */
final class SettingsFold {
    private SettingsFold() {
    }

    static void bind(LabViewModel model, VBox editorBox, ToggleButton settingsToggle, Label problemsLabel,
                     Label branchLabel) {
        ConfigEditor<ExperimentConfig> editor = new ConfigEditor<>(model.settings());
        ScrollPane scroll = new ScrollPane(editor.node());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        editorBox.getChildren().add(scroll);
        // while a run trains the settings are locked, except when a paused run's settings are edited for a branch
        editorBox.disableProperty().bind(model.runningProperty()
                .and(model.training().branching().branchFromProperty().isEqualTo(0)));
        // the settings fold away while training, leaving the room to the curves and a larger grid
        editorBox.visibleProperty().bind(settingsToggle.selectedProperty());
        editorBox.managedProperty().bind(settingsToggle.selectedProperty());
        model.runningProperty().addListener((o, was, now) -> {
            if (now) {
                settingsToggle.setSelected(false);
            }
        });
        model.shown().epochs().addListener((ListChangeListener<EpochGrid>) c -> {
            if (!model.shown().epochs().isEmpty() && model.shown().epochs().size() == countAdded(c)) {
                settingsToggle.setSelected(false); // a grid to look at: give it the room
            }
        });
        SettingsPanes.showProblems(problemsLabel, model.settings());

        // a branch being set up: a banner over its settings (the toolbar keeps its short labels)
        branchLabel.textProperty().bind(Bindings.concat("Branch from epoch ",
                model.training().branching().branchFromProperty(), ": change the settings below, then press Start. "
                + "Train on > Cancel the branch leaves them as they were."));
        branchLabel.visibleProperty().bind(model.training().branching().branchFromProperty().greaterThan(0));
        branchLabel.managedProperty().bind(branchLabel.visibleProperty());
        model.training().branching().branchFromProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0) {
                settingsToggle.setSelected(true); // the branch's settings, to change before starting it
            }
        });
    }

    private static int countAdded(ListChangeListener.Change<? extends EpochGrid> c) {
        int added = 0;
        c.reset();
        while (c.next()) {
            added += c.getAddedSize();
        }
        return added;
    }
}
