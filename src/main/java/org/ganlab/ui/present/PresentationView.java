package org.ganlab.ui.present;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.GridScores;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.GridFit;
import org.ganlab.ui.run.LessonKeys;
import org.ganlab.ui.common.WindowPlacement;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.samples.VerdictLabels;

/**
 * The projector's view of the run on screen, one key away (F5 or F11) and left with Esc: full screen, the sample grid
 * as large as whole-number scaling allows on the left, the verdict with its evidence and the loss and accuracy curves
 * on the right, type of at least 24 px, nothing else. It follows the lab: training goes on, and the lab's keys
 * (Space, Left/Right, Home/End, P) work here too.
 */
public final class PresentationView {
    private final ShownRunModel model;
    private final Stage stage = new Stage();
    private final ImageView grid = new ImageView();
    private final StackPane gridFrame;
    private final VBox left;
    private final Label verdict = VerdictLabels.verdict("presentation-verdict");
    private final Label evidence = VerdictLabels.evidence(null);
    private final Label caption = new Label();
    /** Room kept for the caption over the grid (one line of 30 px type). */
    private static final double CAPTION_HEIGHT = 48;
    private EpochGrid drawn;
    private int scale;

    public PresentationView(ShownRunModel model, ObservableValue<ExperimentConfig> settings,
                            LessonKeys keys, List<String> stylesheets, boolean dark) {
        this.model = model;
        grid.setSmooth(false);
        grid.setId("presentation-grid");
        gridFrame = new StackPane(grid);
        gridFrame.setMinSize(0, 0);
        gridFrame.getStyleClass().add("grid-frame");
        caption.setId("presentation-caption");
        caption.getStyleClass().add("caption");
        caption.setMinHeight(CAPTION_HEIGHT - 6);

        CurvesPane curves = new CurvesPane(model, settings, true);
        VBox.setVgrow(curves.node(), Priority.ALWAYS);
        Label hint = FullScreen.hint(keys, "Space", "S", "Left / Right", "P", "D");
        hint.setMinHeight(Region.USE_PREF_SIZE); // in a column as wide as the curves: whole, never cut
        VBox right = new VBox(10, verdict, evidence, curves.node(), hint);
        right.setMinWidth(0);
        left = new VBox(6, caption, gridFrame);
        left.setAlignment(Pos.TOP_LEFT);
        BorderPane root = new BorderPane(right);
        root.setLeft(left);
        BorderPane.setMargin(left, new Insets(12, 16, 12, 12));
        BorderPane.setMargin(right, new Insets(12, 12, 12, 0));
        root.getStyleClass().addAll("lab", "presentation");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        root.setId("presentation");

        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.F11) {
                close();
                e.consume();
            } else if (keys.handle(e.getCode(), e.isShortcutDown(), e.getTarget())) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("GAN Lab: presentation");
        FullScreen.endsWith(stage, stage::hide);

        // the grid's scale follows the window's size; the right-hand column takes what is left
        stage.widthProperty().addListener((o, a, b) -> fit());
        stage.heightProperty().addListener((o, a, b) -> fit());
        model.selectedEpochProperty().addListener((o, a, b) -> refresh());
        model.diagnosisProperty().addListener((o, a, b) -> refresh());
        model.judgedProperty().addListener((o, a, b) -> {
            drawn = null;
            refresh();
        });
        model.epochs().addListener((ListChangeListener<EpochGrid>) c -> refresh());
        refresh();
    }

    /** Full screen on the screen that holds the lab's window (or on {@code bounds} when given: tests). */
    public void show(Window owner, Rectangle2D bounds) {
        Rectangle2D b = bounds != null ? bounds : WindowPlacement.screenOf(owner).getBounds();
        // placed and sized first: a bare X server without a window manager may not honour full screen by itself
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.show();
        if (bounds == null) {
            stage.setFullScreen(true);
        }
        stage.toFront();
        refresh();
    }

    void close() {
        stage.setFullScreen(false);
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    /** The whole-number scale the grid is drawn at (0 before there is a grid). */
    public int scale() {
        return scale;
    }

    public Stage stage() {
        return stage;
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
        if (grid.getImage() == null) {
            scale = 0;
            return;
        }
        double w = grid.getImage().getWidth();
        double h = grid.getImage().getHeight();
        // the caption's line and the margins above and below
        double roomH = stage.getHeight() - CAPTION_HEIGHT - 30;
        double roomW = stage.getWidth() * 0.6;
        double fitted = GridFit.scale(roomW, roomH, w, h);
        scale = (int) Math.floor(fitted);
        grid.setFitWidth(w * fitted);
        grid.setFitHeight(h * fitted);
        gridFrame.setPrefSize(w * fitted, h * fitted);
        left.setMinWidth(w * fitted);
        left.setPrefWidth(w * fitted);
        left.setMaxWidth(w * fitted);
    }
}
