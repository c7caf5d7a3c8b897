package org.ganlab.ui.lab;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.ganlab.records.Player;

/**
 * Start, Pause/Resume, Step, one update alone, slow motion and Stop in the toolbar and the Run menu, and the Train on
 * menu's branch items.
 */
final class RunControls {
    /** The controls, as lab.fxml declares them. */
    record Items(Button startButton, Button pauseButton, Button stopButton, MenuItem startItem, MenuItem pauseItem,
                 MenuItem stopItem, MenuButton trainOnMenu, MenuItem branchItem, MenuItem cancelBranchItem) { }

    private RunControls() {
    }

    static void bind(LabViewModel model, Items c) {
        c.startButton().disableProperty().bind(model.canStartProperty().not());
        c.startItem().disableProperty().bind(c.startButton().disableProperty());
        c.trainOnMenu().setOnShowing(e -> {
            boolean running = model.runningProperty().get();
            int epoch = running ? -1 : model.shown().selectedEpochProperty().get();
            c.branchItem().setText(running ? "Branch from the last complete epoch…" : "Branch from epoch " + epoch + "…");
            c.cancelBranchItem().setDisable(model.training().branching().branchFromProperty().get() == 0);
        });
        c.pauseButton().disableProperty().bind(model.runningProperty().not());
        c.pauseItem().disableProperty().bind(c.pauseButton().disableProperty());
        c.stopItem().disableProperty().bind(model.runningProperty().not());
        c.pauseButton().textProperty().bind(Bindings.when(model.training().pausedProperty())
                .then("Resume").otherwise("Pause"));
        c.stopButton().disableProperty().bind(model.runningProperty().not());
        // one iteration of a paused run (S): the curves take one more point, an epoch's last shows its grid
        MenuItem step = new MenuItem("Step one iteration (S)");
        step.setId("step-item");
        step.setOnAction(e -> model.training().steps().step());
        // one network's update alone (D, G): what it changed shows in place of the grid
        MenuItem updateD = new MenuItem("D's next update alone (D)");
        updateD.setOnAction(e -> model.training().steps().update(Player.D));
        MenuItem updateG = new MenuItem("G's next update alone (G)");
        updateG.setOnAction(e -> model.training().steps().update(Player.G));
        List<MenuItem> stepping = List.of(step, updateD, updateG);
        for (MenuItem item : stepping) {
            item.disableProperty().bind(model.training().pausedProperty().not());
        }
        CheckMenuItem slow = new CheckMenuItem("Slow motion: an update a second (M)");
        slow.setOnAction(e -> model.training().steps().slow(slow.isSelected()));
        model.training().steps().slowProperty().addListener((o, was, on) -> slow.setSelected(on));
        slow.disableProperty().bind(model.runningProperty().not());
        Menu run = c.pauseItem().getParentMenu();
        if (run != null) {
            run.getItems().addAll(run.getItems().indexOf(c.pauseItem()) + 1, stepping);
            run.getItems().add(run.getItems().indexOf(updateG) + 1, slow);
        }
        for (Button b : List.of(c.startButton(), c.pauseButton(), c.stopButton())) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
