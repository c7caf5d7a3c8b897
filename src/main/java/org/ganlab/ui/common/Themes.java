package org.ganlab.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The lab's two looks, AtlantaFX's Primer light and dark themes: both have dark-on-light (or light-on-dark) text well
 * above WCAG's 4.5:1 contrast, which survives a washed-out projector. lab.css builds on the theme's colour variables,
 * so its own colours follow the theme.
 */
public final class Themes {
    private Themes() {
    }

    /** Gives {@code node} the style class {@code styleClass} while {@code on} holds, and takes it away after. */
    public static void styleWhen(Node node, String styleClass, ObservableValue<Boolean> on) {
        on.addListener((o, was, now) -> {
            node.getStyleClass().remove(styleClass);
            if (Boolean.TRUE.equals(now)) {
                node.getStyleClass().add(styleClass);
            }
        });
    }

    /** Sets the application's theme (every window of the lab) and marks {@code root} for lab.css's dark rules. */
    public static void apply(Parent root, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }
}
