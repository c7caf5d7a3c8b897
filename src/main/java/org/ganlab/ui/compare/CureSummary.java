package org.ganlab.ui.compare;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;

/** The line above a failure and its cure in Compare: both verdicts, the witness in both, the settings that differ. */
public final class CureSummary extends Label {
    CureSummary(ObservableStringValue text) {
        setId("compare-pair");
        setWrapText(true);
        getStyleClass().add("caption");
        setPadding(new Insets(8, 8, 0, 8));
        textProperty().bind(text);
    }
}
