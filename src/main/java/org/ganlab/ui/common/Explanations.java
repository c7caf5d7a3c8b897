package org.ganlab.ui.common;

import javafx.scene.control.Tooltip;

/** The tooltip that explains a number on the screen (what it is, its formula, its source): wrapped, never too wide. */
public final class Explanations {
    private static final double WIDTH = 520;

    private Explanations() {
    }

    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(WIDTH);
        return tip;
    }
}
