package org.ganlab.ui.plane;

/**
 * A plane preset as the view shows it (the view does not reach into training).
 *
 * @param guide the preset's guide page, or empty
 */
public record PresetChoice(String name, String title, String description, String guide) { }
