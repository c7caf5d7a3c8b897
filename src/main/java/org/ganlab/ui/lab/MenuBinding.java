package org.ganlab.ui.lab;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.ui.run.RunFolderModel;
import org.ganlab.ui.settings.PresetCell;

/** The lab's two choosers of what to show: the preset box with its description, and the gallery's recorded runs. */
final class MenuBinding {
    /** The longest description shown in the preset row: two lines beside the preset box at 1024 pixels. */
    static final int SUMMARY = 110;

    private MenuBinding() {
    }

    /** Every preset, the chosen one loaded into the settings; locked while a run trains. */
    static void presets(LabViewModel model, ComboBox<Preset> presetBox, Label presetDescription) {
        presetBox.getItems().setAll(Presets.all());
        presetBox.setCellFactory(list -> new PresetCell());
        presetBox.setButtonCell(new PresetCell());
        presetBox.setValue(model.presetProperty().get());
        presetBox.setOnAction(e -> {
            Preset p = presetBox.getValue();
            if (p != null && p != model.presetProperty().get()) {
                model.loadPreset(p);
            }
        });
        model.presetProperty().addListener((o, a, b) -> presetBox.setValue(b));
        // the first sentence, at most two lines on a 1024-pixel screen: the grid below keeps its room; the whole
        // description is the tooltip (and the guide's)
        presetDescription.textProperty().bind(Bindings.createStringBinding(
                () -> model.presetProperty().get() == null ? "" : model.presetProperty().get().summary(SUMMARY),
                model.presetProperty()));
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        whole.textProperty().bind(Bindings.createStringBinding(
                () -> model.presetProperty().get() == null ? "" : model.presetProperty().get().description(),
                model.presetProperty()));
        presetDescription.setTooltip(whole);
        presetBox.disableProperty().bind(model.runningProperty());
        presetBox.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Opens the toolbar's Gallery button's list (Ctrl+G), when the gallery may be opened now. */
    static void showGallery(MenuButton galleryButton) {
        if (!galleryButton.isDisabled()) {
            galleryButton.show();
        }
    }

    /** One item per recorded gallery run, in the Gallery menu and the toolbar's Gallery button; a click opens it. */
    static void gallery(LabViewModel model, Menu galleryMenu, MenuButton galleryButton) {
        for (var entry : RunFolderModel.galleryRuns().entrySet()) {
            for (var menu : List.of(galleryMenu.getItems(), galleryButton.getItems())) {
                MenuItem item = new MenuItem(entry.getKey());
                item.setOnAction(e -> model.openRun(entry.getValue()));
                menu.add(item);
            }
        }
        galleryMenu.disableProperty().bind(model.runningProperty().or(
                Bindings.isEmpty(galleryMenu.getItems())));
        galleryButton.disableProperty().bind(galleryMenu.disableProperty());
    }
}
