package org.ganlab.ui.present;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.GridScores;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.GridFit;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.samples.SampleLayers;
import org.ganlab.ui.samples.VerdictLabels;
import org.ganlab.ui.training.PausedSteps;

/**
 * What a run on images shows in the {@link PresentationView}: the sample grid of the epoch on screen at the largest
 * whole-number scale that fits, with its caption, and on the right the verdict with its evidence and the loss and
 * accuracy curves. It follows the lab's run: the selected epoch, the diagnosis and D's view.
 */
public final class GridPresentation implements PresentationView.Content {
    private final ShownRunModel model;
    private final ImageView grid = new ImageView();
    private final StackPane gridFrame;
    private final StackPane left;
    private final VBox right;
    private final Label verdict = VerdictLabels.verdict("presentation-verdict");
    private final Label evidence = VerdictLabels.evidence(null);
    private final Label caption = new Label();
    /** Room kept for the caption over the grid (one line of 30 px type). */
    private static final double CAPTION_HEIGHT = 48;
    private EpochGrid drawn;
    private int scale;
    private double width;
    private double height;

    /**
     * The lab's run {@code model} with its {@code settings}; {@code steps}: its updates taken alone, shown over the
     * grid as in the lab, with the model's overview (O) in its place; {@code loadRealImages} for the overview.
     */
    public GridPresentation(ShownRunModel model, ObservableValue<ExperimentConfig> settings, PausedSteps steps,
                            Runnable loadRealImages) {
        this.model = model;
        grid.setSmooth(false);
        grid.setId("presentation-grid");
        gridFrame = new StackPane(grid);
        gridFrame.setMinSize(0, 0);
        gridFrame.getStyleClass().add("grid-frame");
        caption.setId("presentation-caption");
        caption.getStyleClass().add("caption");
        caption.setMinHeight(CAPTION_HEIGHT - 6);
        VBox samples = new VBox(6, caption, gridFrame);
        samples.setAlignment(Pos.TOP_LEFT);
        left = SampleLayers.over(samples, model, steps, loadRealImages);
        CurvesPane curves = new CurvesPane(model, settings, true);
        VBox.setVgrow(curves.node(), Priority.ALWAYS);
        right = new VBox(10, verdict, evidence, curves.node());

        model.selectedEpochProperty().addListener((o, a, b) -> refresh());
        model.diagnosisProperty().addListener((o, a, b) -> refresh());
        model.judgedProperty().addListener((o, a, b) -> {
            drawn = null;
            refresh();
        });
        model.epochs().addListener((ListChangeListener<EpochGrid>) c -> refresh());
        refresh();
    }

    @Override
    public Node picture() {
        return left;
    }

    @Override
    public Node side() {
        return right;
    }

    @Override
    public List<String> keys() {
        return List.of("Space", "S", "D", "G", "M", "Left / Right", "P", "V", "O");
    }

    @Override
    public void fit(double width, double height) {
        this.width = width;
        this.height = height;
        fit();
    }

    /** The whole-number scale the grid is drawn at (0 before there is a grid). */
    public int scale() {
        return scale;
    }

    private void refresh() {
        int epoch = model.selectedEpochProperty().get();
        VerdictLabels.show(model.diagnosisProperty().get(), epoch, verdict, evidence);
        EpochGrid g = PerEpoch.find(model.epochs(), epoch).orElse(null);
        if (g == null) {
            caption.setText(model.epochs().isEmpty() ? "Samples appear after each epoch" : "");
            grid.setImage(null);
            drawn = null;
            return;
        }
        int last = model.epochs().get(model.epochs().size() - 1).epoch();
        var scores = model.judgedProperty().get() ? g.scores() : null;
        caption.setText("Epoch " + epoch + " of " + last + (scores == null ? "" : String.format(Locale.ROOT,
                " · D: %.0f%% real", 100.0 * GridScores.calledReal(scores.fake())
                / Math.max(1, GridScores.judged(scores.fake())))));
        var d = model.diagnosisProperty().get();
        var groups = d == null ? List.<List<Integer>>of() : PerEpoch.find(d.epochs(), epoch)
                .map(Diagnosis.EpochDiagnosis::duplicateGroups).orElse(List.of());
        if (g != drawn || d != null) {
            grid.setImage(scores != null ? FxImages.judged(g.grid(), true, scores.fake())
                    : FxImages.grid(g.grid(), true, groups));
            drawn = g;
        }
        fit();
    }

    /**
     * The grid at the scale {@link GridFit} gives for the height left under the caption and at most 60% of the width
     * (the curves keep the rest).
     */
    private void fit() {
        if (grid.getImage() == null || width <= 0) {
            scale = 0;
            return;
        }
        double w = grid.getImage().getWidth();
        double h = grid.getImage().getHeight();
        // the caption's line and the margins above and below
        double fitted = GridFit.scale(width * 0.6, height - CAPTION_HEIGHT - 30, w, h);
        scale = (int) Math.floor(fitted);
        grid.setFitWidth(w * fitted);
        grid.setFitHeight(h * fitted);
        gridFrame.setPrefSize(w * fitted, h * fitted);
        left.setMinWidth(w * fitted);
        left.setPrefWidth(w * fitted);
        left.setMaxWidth(w * fitted);
    }
}
