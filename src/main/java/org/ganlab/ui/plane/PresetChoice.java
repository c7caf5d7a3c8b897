package org.ganlab.ui.plane;

/** A plane preset as the view shows it (the view does not reach into training); its guide page is in the guide. */
public record PresetChoice(String name, String title, String description) { }
