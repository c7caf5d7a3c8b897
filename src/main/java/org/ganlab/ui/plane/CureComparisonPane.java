package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * After Cure it, or Compare with a saved run: the other run's verdict, and a box (or B) that shows its picture at the
 * same iteration in place of the run on the screen's, labelled on the picture; the chart shows its modes covered.
 * Hidden while no run is being compared.
 */
final class CureComparisonPane {
    private final VBox box;
    private final ShownPicture shown;
    /** The two runs side by side in the lab's Compare window: offered by the lab, hidden until then. */
    private final Button sideBySide = new Button("Side by side in Compare");

    CureComparisonPane(ShownPicture shown) {
        this.shown = shown;
        CheckBox showBefore = new CheckBox("Show the failure (B)");
        showBefore.setId("plane-before");
        showBefore.setTooltip(new Tooltip("The picture of the run compared with this one, at the same iteration"));
        showBefore.selectedProperty().bindBidirectional(shown.showBeforeProperty());
        Label verdict = new Label();
        verdict.setId("plane-before-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        sideBySide.setId("plane-side-by-side");
        sideBySide.setWrapText(true);
        sideBySide.setMinHeight(Region.USE_PREF_SIZE);
        sideBySide.setTooltip(new Tooltip("Both runs in the lab's Compare window, as the lab's Cure it ends: their "
                + "curves on shared axes and their pictures at each check under one slider"));
        sideBySide.setVisible(false);
        sideBySide.managedProperty().bind(sideBySide.visibleProperty());
        box = new VBox(4, verdict, showBefore, sideBySide);
        box.getStyleClass().add("before-the-cure");
        box.visibleProperty().bind(shown.beforeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        shown.beforeProperty().addListener((o, a, b) -> {
            verdict.setText(b == null ? "" : b.verdictLine());
            showBefore.setText(b == null ? "" : "Show " + b.which() + " (B)");
        });
        shown.showBeforeProperty().addListener((o, a, on) -> verdict.setStyle(on ? "-fx-font-weight: bold;" : ""));
    }

    /**
     * While a run is compared: its name over {@code picture} when its picture is shown in place of the run's (B),
     * and its modes covered under the run's in {@code chart}.
     */
    static void followCompared(ShownPicture shown, PlanePicture picture, CoverageChart chart) {
        Runnable label = () -> {
            ComparedRun b = shown.beforeProperty().get();
            picture.label(b != null && shown.showBeforeProperty().get() ? b.name() : null);
        };
        shown.beforeProperty().addListener((o, a, b) -> {
            label.run();
            chart.showBefore(b);
        });
        shown.showBeforeProperty().addListener((o, a, on) -> label.run());
        label.run();
        chart.showBefore(shown.beforeProperty().get());
    }

    /**
     * Offers the button that puts the run compared with (its folder first) and the run on the screen side by side
     * in the lab's Compare window ({@code show}); disabled while the run trains ({@code running}), as its folder is
     * written whole when it pauses or ends.
     */
    void offerSideBySide(BiConsumer<Path, Path> show, ObservableBooleanValue running) {
        sideBySide.setVisible(true);
        sideBySide.disableProperty().bind(Bindings.createBooleanBinding(() -> running.get()
                || shown.beforeProperty().get() == null || shown.beforeProperty().get().folder() == null,
                running, shown.beforeProperty()));
        sideBySide.setOnAction(e -> {
            ComparedRun b = shown.beforeProperty().get();
            if (b != null && b.folder() != null && shown.folder() != null) {
                show.accept(b.folder(), shown.folder());
            }
        });
    }

    VBox node() {
        return box;
    }

    /** B: the compared run's picture in place of the one on the screen, or back (nothing while none is compared). */
    static void toggle(ShownPicture shown) {
        if (shown.beforeProperty().get() != null) {
            shown.showBeforeProperty().set(!shown.showBeforeProperty().get());
        }
    }
}
