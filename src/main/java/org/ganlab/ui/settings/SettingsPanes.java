package org.ganlab.ui.settings;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.config.ConfigProblem;

/** The pieces of a settings editor both kinds of data show: the problems to fix, and the editor in a fold. */
public final class SettingsPanes {
    private SettingsPanes() {
    }

    /** {@code label} lists the settings' problems to fix before Start, each by its field's label; hidden when none. */
    public static void showProblems(Label label, SettingsModel<?, ?> settings) {
        Runnable show = () -> {
            List<ConfigProblem> problems = settings.problems();
            label.setText(problems.isEmpty() ? "" : "Fix before starting:\n" + String.join("\n", problems.stream()
                    .map(p -> settings.label(p.field()) + ": " + p.message()).toList()));
            label.setManaged(!problems.isEmpty());
            label.setVisible(!problems.isEmpty());
        };
        settings.problems().addListener((ListChangeListener<ConfigProblem>) c -> show.run());
        show.run();
    }

    /**
     * The settings in a fold, folded at first: the problems, then the editor of every field but those in
     * {@code elsewhere}. {@code id} names the fold; the editor and the problems take it with "-editor" and "-problems".
     */
    public static TitledPane fold(String title, String id, SettingsModel<?, ?> settings, Set<String> elsewhere) {
        ConfigEditor<?> editor = new ConfigEditor<>(settings, elsewhere);
        editor.node().setId(id + "-editor");
        ScrollPane scroll = new ScrollPane(editor.node());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId(id + "-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        showProblems(problems, settings);
        TitledPane pane = new TitledPane(title, new VBox(6, problems, scroll));
        pane.setId(id);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }
}
