package org.ganlab.ui.plane;

import org.ganlab.train.PlanePreset;

/**
 * A plane preset as the view shows it (the view does not reach into training).
 *
 * @param guide the preset's guide page, or empty
 */
public record PresetChoice(String name, String title, String description, String guide) {
    static PresetChoice of(PlanePreset p) {
        return new PresetChoice(p.name(), p.title(), p.description(), p.guide() == null ? "" : p.guide());
    }
}
