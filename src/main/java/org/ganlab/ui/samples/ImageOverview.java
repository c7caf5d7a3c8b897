package org.ganlab.ui.samples;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PerEpoch;
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.ModelGraph;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.training.PausedSteps;

/**
 * The model's picture for a run on digits ({@link ModelGraph} on images): the networks' sizes from the run's
 * settings, the shown epoch's first nine samples and nine real images as miniatures, D's mean judgement and the
 * losses of the newest iteration, and the network an update taken alone just trained. In the lab it takes the
 * samples' place (O), as the playground's does the plane's ({@link SampleLayers}).
 */
public final class ImageOverview {
    /** Images in a miniature (three by three) and its side in pixels. */
    private static final int MINI_IMAGES = 9;
    private static final double MINI = 120;
    private static final ModelGraph.Words IMAGES = new ModelGraph.Words("an image", "images",
            "in the newest iteration (the mean of D's output on its real and its fake half batch)",
            "Both of the newest iteration");

    private final ShownRunModel shown;
    private final ImageView fakes = mini();
    private final ImageView reals = mini();
    private final ModelGraph graph;

    private ImageOverview(ShownRunModel shown, PausedSteps steps, Runnable showPicture) {
        this.shown = shown;
        graph = new ModelGraph(IMAGES, fakes, reals, showPicture);
        graph.node().setId("image-overview");
        // drawn only while it shows (the metrics grow with every frame of a run), and at once when it shows
        shown.metrics().addListener((ListChangeListener<IterationMetrics>) c -> whileShown(this::showNewest));
        shown.epochs().addListener((ListChangeListener<EpochGrid>) c -> whileShown(this::showSamples));
        shown.selectedEpochProperty().addListener((o, a, b) -> whileShown(this::showSamples));
        shown.realGridProperty().addListener((o, a, b) -> whileShown(this::showSamples));
        shown.overviewProperty().addListener((o, was, on) -> whileShown(() -> {
            showNewest();
            showSamples();
        }));
        steps.lastProperty().addListener((o, a, u) -> graph.highlight(u == null ? null : u.player()));
        showNewest();
        showSamples();
    }

    private void whileShown(Runnable draw) {
        if (shown.overviewProperty().get()) {
            draw.run();
        }
    }

    /**
     * The overview, shown while the shown run's overview is on ({@link ShownRunModel#overviewProperty()}); a click on
     * D or on the images goes back to the samples. {@code loadRealImages} is asked for the real images when it shows
     * without them.
     */
    static Node node(ShownRunModel shown, PausedSteps steps, Runnable loadRealImages) {
        ImageOverview overview = new ImageOverview(shown, steps, () -> shown.overviewProperty().set(false));
        Node node = overview.graph.node();
        node.visibleProperty().bind(shown.overviewProperty());
        node.getStyleClass().add("sample-layer");
        shown.overviewProperty().addListener((o, was, on) -> {
            if (on && shown.realGridProperty().get() == null) {
                loadRealImages.run();
            }
        });
        return node;
    }

    /** The sizes from the run's settings, D's mean judgements and the losses of the newest iteration. */
    private void showNewest() {
        ExperimentConfig c = shown.config();
        if (c == null) {
            graph.sizes(null, null, null);
        } else {
            int side = c.imageFolder().isBlank() ? 28 : c.imageSize();
            String image = side + "\u00d7" + side + (c.colour() && !c.imageFolder().isBlank() ? " colour" : "")
                    + " image";
            String reads = c.packing() > 1 ? "\nreads " + c.packing() + " images at a time" : "";
            graph.sizes(c.latentSize() + "-D normal", c.latentSize() + " numbers \u2192 " + image + "\nconvolutions ("
                    + c.genFilters() + " filters)", image + " \u2192 1 score\nconvolutions (" + c.discFilters()
                    + " filters)" + reads);
        }
        List<IterationMetrics> rows = shown.metrics();
        if (rows.isEmpty()) {
            graph.scores(Double.NaN, Double.NaN);
            graph.losses("D's loss   G's loss\n(after the first iteration)");
            return;
        }
        IterationMetrics m = rows.get(rows.size() - 1);
        graph.scores(m.dReal(), m.dFake());
        graph.losses(String.format(Locale.ROOT, "D's loss %.2f (real %.2f, fake %.2f)   G's loss %.2f\nat "
                + "iteration %,d", (m.dLossReal() + m.dLossFake()) / 2, m.dLossReal(), m.dLossFake(), m.gLoss(),
                m.iteration()));
    }

    /** The first nine images of the shown epoch's grid, and nine real images. */
    private void showSamples() {
        EpochGrid grid = PerEpoch.find(shown.epochs(), shown.selectedEpochProperty().get()).orElse(null);
        fakes.setImage(grid == null ? null : FxImages.grid(grid.grid().first(MINI_IMAGES), true));
        SampleGrid real = shown.realGridProperty().get();
        reals.setImage(real == null ? null : FxImages.grid(real.first(MINI_IMAGES), true));
    }

    private static ImageView mini() {
        ImageView v = new ImageView();
        v.setFitWidth(MINI);
        v.setFitHeight(MINI);
        v.setPreserveRatio(true);
        v.setSmooth(false);
        return v;
    }
}
