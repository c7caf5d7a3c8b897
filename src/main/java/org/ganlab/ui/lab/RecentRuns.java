package org.ganlab.ui.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.ganlab.ui.common.Folders;

/**
 * File > Recent runs: one item per run (its label), disabled while a run trains; a note when there are none. And File
 * > Runs folder, where the runs listed are.
 */
final class RecentRuns {
    /** How many runs File > Recent runs lists. */
    static final int COUNT = 12;

    private RecentRuns() {
    }

    static void fill(Menu menu, List<Map.Entry<String, Path>> runs, LabViewModel model, Consumer<Path> open) {
        List<MenuItem> items = new ArrayList<>();
        for (var run : runs) {
            MenuItem item = new MenuItem(run.getKey());
            item.setMnemonicParsing(false); // the folder names hold underscores
            item.setOnAction(e -> open.accept(run.getValue()));
            item.disableProperty().bind(model.runningProperty());
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("no runs yet in " + model.runsFolderProperty().get());
            none.setMnemonicParsing(false);
            none.setDisable(true);
            items.add(none);
        }
        menu.getItems().setAll(items);
    }

    /** Asks for the folder new runs are trained into (remembered for the next launch). */
    static void chooseFolder(Window window, LabViewModel model) {
        Folders.choose(window, "The folder new runs are trained into (now " + model.runsFolderProperty().get() + ")")
                .ifPresent(model::useRunsFolder);
    }
}
