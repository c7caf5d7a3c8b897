package org.ganlab.ui.settings;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.ganlab.config.Preset;

/** Presets listed by title, with the description as tooltip; a remedy says which failure it cures. */
public final class PresetCell extends ListCell<Preset> {
    @Override
    protected void updateItem(Preset p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : p.title());
        setTooltip(empty || p == null ? null : new Tooltip(p.description()
                + (p.cures() == null ? "" : "\n\nCures the preset " + p.cures() + " (Run > Cure it).")));
    }
}
