package org.ganlab.ui.samples;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.PerEpoch;
import org.ganlab.records.QualityRow;
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.GridFit;
import org.ganlab.ui.common.GridFrame;
import org.ganlab.ui.run.ShownRunModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The 10x10 grid of the selected epoch, drawn crisp (no smoothing; whole-number scaling from 2x), dark on white by default.
 * An epoch slider (arrow keys work on it) and a play button step through the epochs; while training, the grid
 * follows the newest epoch until the user moves the slider.
 */
public final class SamplesPane {
    private final ShownRunModel model;
    /** Loads the real images of the settings' data, in the background, into the shown run's real grid. */
    private final Runnable loadRealImages;
    private final ImageView view = new ImageView();
    private final Slider slider = new Slider(1, 1, 1);
    private final Label caption = new Label("no samples yet");
    private final ToggleButton inverted = new ToggleButton("Invert");
    private final CheckBox markRepeats = new CheckBox("Repeats");
    private final ToggleButton real = new ToggleButton("Real");
    private final ImageView realView = new ImageView();
    private StackPane frame;
    private final Label verdict = VerdictLabels.verdict("verdict");
    private final Label evidence = VerdictLabels.evidence("evidence");
    private final EpochPlayer player;
    private final VBox root;
    /** One cell per epoch, coloured by that epoch's verdict; a click shows the epoch. */
    private final VerdictStrip verdictStrip;
    /** How the classifier reads the epoch's samples: one bar per digit, beside the grid. */
    private final DigitHistogram histogram = new DigitHistogram();
    private EpochGrid shown;
    /** The D's view toggle, its key and its colouring of the grid and the real images. */
    private final JudgedGrids judged;

    public SamplesPane(ShownRunModel model, Runnable loadRealImages) {
        this.model = model;
        this.loadRealImages = loadRealImages;
        this.verdictStrip = new VerdictStrip(model);
        this.judged = new JudgedGrids(model.judgedProperty(), this::redraw);
        this.player = new EpochPlayer(model.cursor(), () -> model.selectedEpochProperty().get() >= lastEpoch());
        Button play = player.button();
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setId("sample-grid");
        slider.setId("epoch-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        slider.disableProperty().bind(Bindings.size(model.epochs()).lessThan(2));
        caption.setId("epoch-caption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        inverted.setId("invert");
        inverted.setGraphic(new FontIcon("mdi2i-invert-colors"));
        inverted.setTooltip(new Tooltip("White digits on black, as MNIST stores them"));
        markRepeats.setTooltip(new Tooltip("Frame near-duplicate samples in one colour per group (mode collapse)"));
        real.setGraphic(new FontIcon("mdi2i-image-multiple-outline"));
        real.setTooltip(new Tooltip("Show 100 real training images beside the samples"));
        slider.setTooltip(new Tooltip("The epoch shown (Left/Right, Home/End)"));

        realView.setSmooth(false);
        realView.setPreserveRatio(true);
        realView.setId("real-grid");
        realView.visibleProperty().bind(real.selectedProperty());
        real.selectedProperty().addListener((o, a, b) -> redraw());
        realView.managedProperty().bind(real.selectedProperty());
        model.quality().addListener((ListChangeListener<QualityRow>) c -> showHistogram());
        HBox both = new HBox(12, view, realView, judged.column(histogram.node()));
        both.setAlignment(Pos.CENTER);
        frame = GridFrame.around(both, this::fit); // a squeezed frame never draws over the count and key above it

        evidence.setMaxHeight(60);
        markRepeats.setId("mark-repeats");
        markRepeats.setSelected(true);
        markRepeats.selectedProperty().addListener((o, a, b) -> redraw());
        model.diagnosisProperty().addListener((o, a, b) -> {
            showVerdict();
            verdictStrip.fill();
            redraw();
        });
        showVerdict();

        real.setId("real-images");
        real.selectedProperty().addListener((o, a, on) -> {
            if (on && model.realGridProperty().get() == null) {
                loadRealImages.run();
            }
            showReal();
            fit(frame);
        });
        model.realGridProperty().addListener((o, a, b) -> {
            showReal();
            fit(frame);
        });
        // the slider has a row of its own, the buttons reflow below it: nothing is cut on a narrow screen
        for (Control c : List.of(play, markRepeats, real, judged.toggle(), inverted)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Play beside the slider it moves, the toggles in one row below: on a 1024-pixel screen the grid keeps the
        // height a second row of buttons would take
        FlowPane controls = new FlowPane(10, 6, markRepeats, real, judged.toggle(), inverted);
        controls.setAlignment(Pos.CENTER_LEFT);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox playing = new HBox(10, play, slider);
        playing.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        root = new VBox(4, verdict, evidence, caption, frame, verdictStrip.node(), playing, controls);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("samples-pane");

        model.epochs().addListener((ListChangeListener<EpochGrid>) c -> syncSlider());
        slider.valueProperty().addListener((o, a, b) -> {
            int epoch = (int) Math.round(b.doubleValue());
            if (epoch != model.selectedEpochProperty().get() && (slider.isValueChanging() || slider.isFocused())) {
                model.cursor().select(epoch); // the slider's own moves (a new maximum, a sync) are not choices
            }
        });
        model.selectedEpochProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0) {
                slider.setValue(b.intValue());
            }
            show();
            showVerdict();
            verdictStrip.markShown();
            showHistogram();
        });
        inverted.selectedProperty().addListener((o, a, b) -> redraw());
        syncSlider();
    }

    public Node node() {
        return root;
    }

    public ImageView imageView() {
        return view;
    }

    /** Plays the epochs from the start, or stops playing (the P key). */
    public void togglePlay() {
        player.button().fire();
    }

    private int firstEpoch() {
        return model.epochs().isEmpty() ? 0 : model.epochs().get(0).epoch();
    }

    private int lastEpoch() {
        return model.epochs().isEmpty() ? 0 : model.epochs().get(model.epochs().size() - 1).epoch();
    }

    private void syncSlider() {
        if (model.epochs().isEmpty()) {
            slider.setMin(1);
            slider.setMax(1);
            shown = null;
            view.setImage(null);
            caption.setText("Samples appear after each epoch");
            return;
        }
        slider.setMin(firstEpoch());
        slider.setMax(Math.max(firstEpoch() + 1, lastEpoch()));
        // a tick per epoch up to 30 epochs; beyond, about 20 ticks, and the slider still stops at every epoch
        double span = slider.getMax() - slider.getMin();
        double unit = span <= 30 ? 1 : Math.ceil(span / 20 / 5) * 5;
        slider.setMajorTickUnit(unit);
        slider.setSnapToTicks(unit == 1);
        show();
    }

    private void redraw() {
        shown = null;
        show();
    }

    /**
     * The verdict in words, colour-coded: the run's at the last epoch, the epoch's own when scrubbing back, so a class
     * can see where a run went wrong.
     */
    private void showVerdict() {
        VerdictLabels.show(model.diagnosisProperty().get(), model.selectedEpochProperty().get(), verdict, evidence);
    }

    /** The classifier's digit histogram of the viewed epoch, when the run has one; hidden otherwise. */
    private void showHistogram() {
        int[] counts = PerEpoch.find(model.quality(), model.selectedEpochProperty().get())
                .map(QualityRow::histogram).orElse(null);
        if (histogram.show(counts)) {
            fit(frame);
        }
    }

    /** The strip of per-epoch verdict cells. */
    public HBox verdictStrip() {
        return verdictStrip.node();
    }

    /** Near-duplicate groups of the given epoch, from the latest diagnosis (none marked in D's view). */
    private List<List<Integer>> groupsOf(int epoch) {
        var d = model.diagnosisProperty().get();
        if (d == null || !markRepeats.isSelected() || judged.toggle().isSelected()) {
            return List.of();
        }
        return PerEpoch.find(d.epochs(), epoch)
                .map(Diagnosis.EpochDiagnosis::duplicateGroups).orElse(List.of());
    }

    /** 100 real images of the same data, beside the generated grid, for comparison. */
    private void showReal() {
        SampleGrid grid = model.realGridProperty().get();
        judged.count(shown, real.isSelected() && grid != null);
        if (!real.isSelected() || grid == null) {
            realView.setImage(null);
            return;
        }
        Image coloured = judged.real(grid, shown, !inverted.isSelected());
        realView.setImage(coloured != null ? coloured : FxImages.grid(grid, !inverted.isSelected()));
    }

    /** What the real-image view shows: null when hidden or not loaded yet. */
    public ImageView realView() {
        return realView;
    }

    private void show() {
        int epoch = model.selectedEpochProperty().get();
        EpochGrid grid = PerEpoch.find(model.epochs(), epoch).orElse(null);
        if (grid == null || grid == shown) {
            showReal();
            fit(frame);
            return;
        }
        shown = grid;
        var groups = groupsOf(grid.epoch());
        Image coloured = judged.grid(grid, !inverted.isSelected());
        view.setImage(coloured != null ? coloured : FxImages.grid(grid.grid(), !inverted.isSelected(), groups));
        showReal();
        Platform.runLater(() -> fit(frame));
        caption.setText("Epoch " + grid.epoch() + " of " + lastEpoch() + " · iteration " + grid.iteration()
                + (groups.isEmpty() ? "" : " · " + groups.size() + (groups.size() == 1 ? " repeat group" : " repeat groups"))
                + (real.isSelected() ? " · right: real images" : ""));
        fit(frame);
    }

    /** The grid (and the real images beside it) at the scale {@link GridFit} gives for the frame's room. */
    private void fit(StackPane frame) {
        if (frame == null || view.getImage() == null) {
            return;
        }
        double w = view.getImage().getWidth();
        double h = view.getImage().getHeight();
        boolean pair = realView.getImage() != null && real.isSelected();
        double totalWidth = pair ? w + realView.getImage().getWidth() + 12 : w;
        double beside = histogram.node().isVisible() || judged.key().isVisible() ? JudgedGrids.COLUMN + 12 : 0;
        double scale = GridFit.scale(frame.getWidth() - beside, frame.getHeight(), totalWidth, h);
        view.setFitWidth(w * scale);
        view.setFitHeight(h * scale);
        if (pair) {
            realView.setFitWidth(realView.getImage().getWidth() * scale);
            realView.setFitHeight(realView.getImage().getHeight() * scale);
        }
    }
}
