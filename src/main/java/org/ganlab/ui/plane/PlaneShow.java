package org.ganlab.ui.plane;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.ui.samples.VerdictLabels;

/**
 * The playground's picture, or in its place the model's overview (Model, or O), drawn from the picture shown with the
 * layers chosen and the update just taken alone: one in the playground's window and one in its presentation, each
 * following the same {@link PlaneModel}.
 */
final class PlaneShow {
    /** The layers the student has chosen to see, and whether the overview takes the picture's place. */
    record Layers(ObservableBooleanValue field, ObservableBooleanValue arrows, ObservableBooleanValue mesh,
                  ObservableBooleanValue overview) {
    }

    private final PlaneModel model;
    private final Layers layers;
    private final PlanePicture picture = new PlanePicture();
    private final ModelOverview overview;
    private final StackPane node;
    /** Whether the window that holds it is showing. */
    private final ObservableValue<Boolean> showing;

    /** {@code showPicture}: what a click on the overview's networks does (the picture again). */
    PlaneShow(PlaneModel model, Layers layers, Runnable showPicture) {
        this.model = model;
        this.layers = layers;
        overview = new ModelOverview(model.stepping(), model.checks(), showPicture);
        overview.node().visibleProperty().bind(layers.overview());
        picture.visibleProperty().bind(Bindings.not(layers.overview()));
        node = new StackPane(picture, overview.node());
        for (ObservableBooleanValue layer : new ObservableBooleanValue[] {layers.field(), layers.arrows(),
            layers.mesh()}) {
            layer.addListener((o, a, b) -> redraw());
        }
        model.picture().shownProperty().addListener((o, a, b) -> redraw());
        model.stepping().lastProperty().addListener((o, a, b) -> redraw());
        // drawn only while its window shows (a closed presentation's copy draws nothing), and at once when it shows
        showing = node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> redraw());
        redraw();
    }

    StackPane node() {
        return node;
    }

    Layers layers() {
        return layers;
    }

    PlanePicture picture() {
        return picture;
    }

    /** The picture shown; the live one with the update just taken alone, if any, drawn over it. */
    private void redraw() {
        if (!showing.getValue()) {
            return;
        }
        var shown = model.picture().shownProperty().get();
        picture.show(shown, layers.field().get(), layers.arrows().get(), layers.mesh().get(),
                shown != null && shown == model.picture().live() ? model.stepping().lastProperty().get() : null);
        overview.show(model.picture().live());
    }

    /** The run's verdict and its first piece of evidence, or what it waits for. */
    static void verdict(PlaneDiagnosis d, Label verdict, Label evidence) {
        if (d == null) {
            verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
            verdict.setText("Verdict: after " + PlaneDiagnosis.MIN_CHECKS + " checks");
            evidence.setText("");
        } else {
            VerdictLabels.show("Verdict: ", d.verdict(), d.evidence(), verdict, evidence);
        }
    }
}
