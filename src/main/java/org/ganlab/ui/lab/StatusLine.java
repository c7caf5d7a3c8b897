package org.ganlab.ui.lab;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;

/** The line at the bottom of the lab: the run's title, its progress with the backend in the tooltip, and one message. */
final class StatusLine {
    private StatusLine() {
    }

    static void bind(LabViewModel model, Label runLabel, Label progressLabel, ProgressBar progressBar,
                     Label messageLabel) {
        runLabel.textProperty().bind(model.shown().titleProperty());
        progressLabel.textProperty().bind(model.training().progressTextProperty());
        progressBar.progressProperty().bind(model.training().progressProperty());
        // one message at a time, wrapped rather than cut; the tooltip holds it too, for a long path
        messageLabel.textProperty().bind(model.messageProperty());
        Tooltip fullMessage = new Tooltip();
        fullMessage.textProperty().bind(model.messageProperty());
        fullMessage.setWrapText(true);
        fullMessage.setMaxWidth(700);
        messageLabel.setTooltip(fullMessage);
        Tooltip machine = new Tooltip();
        machine.textProperty().bind(Bindings.concat("backend: ", model.training().backendProperty()));
        progressBar.setTooltip(machine);
    }
}
