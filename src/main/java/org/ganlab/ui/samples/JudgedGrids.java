package org.ganlab.ui.samples;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.GridScores;
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.JudgementScale;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "D's view" toggle: each sample, and each real image beside the grid, in D's colour for its score at that epoch
 * (green where D calls it real, purple where it calls it fake), with the colours' key and D's count in a column
 * beside the grid.
 */
final class JudgedGrids {
    /** The width of the column beside the grid that holds the key (and the digit histogram). */
    static final double COLUMN = 170;

    private final ToggleButton toggle = new ToggleButton("D's view");
    private final Label count = new Label();
    /** The key and the count, in the narrow column beside the grid: the grid keeps the height a row would take. */
    private final VBox key = new VBox(4, JudgementScale.narrow(70), count);

    /** A toggle bound to {@code on}, the shown run's D's view, which the V key and the presentation share. */
    JudgedGrids(BooleanProperty on, Runnable redraw) {
        toggle.selectedProperty().bindBidirectional(on);
        toggle.setId("d-view");
        toggle.setGraphic(new FontIcon("mdi2s-scale-balance"));
        toggle.setTooltip(new Tooltip("Colour each sample by D's score at this epoch: green where D calls it real, "
                + "purple where it calls it fake (the real images too, when shown). Key: D"));
        toggle.selectedProperty().addListener((o, a, b) -> redraw.run());
        count.setId("d-view-count");
        count.setWrapText(true);
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.setMaxWidth(COLUMN);
        key.setMaxWidth(COLUMN);
        key.setId("d-view-key");
        key.visibleProperty().bind(toggle.selectedProperty());
        key.managedProperty().bind(toggle.selectedProperty());
    }

    ToggleButton toggle() {
        return toggle;
    }

    /** The key to the colours and D's count at the shown epoch, shown while the toggle is on. */
    VBox key() {
        return key;
    }

    /**
     * The column beside the grid: D's key (while the toggle is on) above {@code histogram}. They give way to the grid,
     * not it to them: the grid keeps the height a row of key above it would take.
     */
    VBox column(Node histogram) {
        VBox side = new VBox(8, key, histogram);
        side.setMaxWidth(COLUMN);
        side.setAlignment(Pos.CENTER_LEFT);
        return side;
    }

    /** The epoch's grid in D's colours, or null when the toggle is off or the epoch has no scores. */
    Image grid(EpochGrid epoch, boolean darkOnWhite) {
        GridScores scores = scoresOf(epoch);
        return scores == null ? null : FxImages.judged(epoch.grid(), darkOnWhite, scores.fake());
    }

    /** The real images in D's colours at the epoch, or null when the toggle is off or there are no scores. */
    Image real(SampleGrid real, EpochGrid epoch, boolean darkOnWhite) {
        GridScores scores = scoresOf(epoch);
        return scores == null || scores.real().length == 0 ? null : FxImages.judged(real, darkOnWhite, scores.real());
    }

    /**
     * Under the key, D's count at the epoch: "D calls 23 of 100 samples real (mean 0.31); real images: 71 of 100".
     * Nothing is read while the toggle is off (the key is hidden then).
     */
    void count(EpochGrid epoch, boolean realShown) {
        if (!toggle.isSelected()) {
            return;
        }
        GridScores scores = scoresOf(epoch);
        if (scores == null) {
            count.setText(epoch == null ? "" : "This run did not record D's scores");
            return;
        }
        String text = String.format(Locale.ROOT, "D calls %d of %d samples real (mean %.2f)",
                GridScores.calledReal(scores.fake()), GridScores.judged(scores.fake()), GridScores.mean(scores.fake()));
        if (realShown && scores.real().length > 0) {
            text += String.format(Locale.ROOT, "; real images: %d of %d (mean %.2f)",
                    GridScores.calledReal(scores.real()), GridScores.judged(scores.real()),
                    GridScores.mean(scores.real()));
        }
        count.setText(text);
    }

    private GridScores scoresOf(EpochGrid epoch) {
        return toggle.isSelected() && epoch != null ? epoch.scores() : null;
    }
}
