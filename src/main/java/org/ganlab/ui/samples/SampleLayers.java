package org.ganlab.ui.samples;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.training.PausedSteps;

/**
 * The lab's side of the samples, in layers: the samples pane, over it the model's overview while it is on (O), and
 * the update a student just took alone in a paused run, until the run goes on (over the samples; with the overview
 * on, the overview outlines the network it trained).
 */
public final class SampleLayers {
    private SampleLayers() {
    }

    /** {@code samples} under the overview of {@code shown}'s run and the pane of {@code steps}' last update. */
    public static StackPane over(Node samples, ShownRunModel shown, PausedSteps steps, Runnable loadRealImages) {
        return new StackPane(samples, ImageOverview.node(shown, steps, loadRealImages), UpdatePane.node(steps,
                shown.overviewProperty()));
    }
}
