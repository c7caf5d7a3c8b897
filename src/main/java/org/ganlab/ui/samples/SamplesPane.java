package org.ganlab.ui.samples;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.QualityRow;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.common.GridFit;
import org.ganlab.ui.lab.LabViewModel;

/**
 * The 10x10 grid of the selected epoch, drawn crisp (no smoothing; whole-number scaling from 2x), dark on white by default.
 * An epoch slider (arrow keys work on it) and a play button step through the epochs; while training, the grid
 * follows the newest epoch until the user moves the slider.
 */
public final class SamplesPane {
    private final LabViewModel model;
    private final ImageView view = new ImageView();
    private final Slider slider = new Slider(1, 1, 1);
    private final Label caption = new Label("no samples yet");
    private final ToggleButton inverted = new ToggleButton("Invert");
    private final javafx.scene.control.CheckBox markRepeats = new javafx.scene.control.CheckBox("Repeats");
    private final ToggleButton real = new ToggleButton("Real");
    private final ImageView realView = new ImageView();
    private StackPane frame;
    private final Label verdict = new Label();
    private final Label evidence = new Label();
    private final Button play = new Button("Play");
    private final Timeline player;
    private final VBox root;
    /** One cell per epoch, coloured by that epoch's verdict; a click shows the epoch. */
    private final HBox verdictStrip = new HBox(2);
    /** How the classifier reads the epoch's samples: one bar per digit, beside the grid. */
    private final javafx.scene.chart.NumberAxis histogramCounts = new javafx.scene.chart.NumberAxis();
    private final javafx.scene.chart.CategoryAxis histogramDigits = new javafx.scene.chart.CategoryAxis(
            javafx.collections.FXCollections.observableArrayList("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    private final javafx.scene.chart.BarChart<Number, String> histogram =
            new javafx.scene.chart.BarChart<>(histogramCounts, histogramDigits);
    private final javafx.scene.chart.XYChart.Series<Number, String> histogramBars =
            new javafx.scene.chart.XYChart.Series<>();
    private EpochGrid shown;

    public SamplesPane(LabViewModel model) {
        this.model = model;
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
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        play.setId("play");
        play.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2p-play"));
        play.setTooltip(new javafx.scene.control.Tooltip("Play the epochs one after another (P)"));
        inverted.setId("invert");
        inverted.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2i-invert-colors"));
        inverted.setTooltip(new javafx.scene.control.Tooltip("White digits on black, as MNIST stores them"));
        markRepeats.setTooltip(new javafx.scene.control.Tooltip(
                "Frame near-duplicate samples in one colour per group (the sign of mode collapse)"));
        real.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2i-image-multiple-outline"));
        real.setTooltip(new javafx.scene.control.Tooltip("Show 100 real training images beside the samples"));
        slider.setTooltip(new javafx.scene.control.Tooltip("The epoch shown (Left/Right, Home/End)"));

        realView.setSmooth(false);
        realView.setPreserveRatio(true);
        realView.setId("real-grid");
        realView.visibleProperty().bind(real.selectedProperty());
        real.selectedProperty().addListener((o, a, b) -> redraw());
        realView.managedProperty().bind(real.selectedProperty());
        histogram.setId("digit-histogram");
        histogram.setTitle("Digits");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.setBarGap(1);
        histogram.setCategoryGap(2);
        histogram.setPrefWidth(150);
        histogram.setMinWidth(120);
        histogram.getStyleClass().add("digit-histogram");
        histogramCounts.setTickLabelsVisible(false);
        histogramCounts.setTickMarkVisible(false);
        histogram.getData().add(histogramBars);
        histogram.managedProperty().bind(histogram.visibleProperty());
        histogram.setVisible(false);
        javafx.scene.control.Tooltip.install(histogram, new javafx.scene.control.Tooltip(
                "How many of the epoch's fresh samples the digit classifier reads as each digit (quality.csv)"));
        model.quality().addListener((ListChangeListener<QualityRow>) c -> showHistogram());
        HBox both = new HBox(12, view, realView, histogram);
        both.setAlignment(Pos.CENTER);
        frame = new StackPane(both);
        frame.getStyleClass().add("grid-frame");
        frame.setMinSize(0, 0);
        VBox.setVgrow(frame, Priority.ALWAYS);
        frame.widthProperty().addListener((o, a, b) -> fit(frame));
        frame.heightProperty().addListener((o, a, b) -> fit(frame));

        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        evidence.setId("evidence");
        evidence.getStyleClass().add("evidence");
        evidence.setWrapText(true);
        evidence.setMaxHeight(60);
        evidence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        markRepeats.setId("mark-repeats");
        markRepeats.setSelected(true);
        markRepeats.selectedProperty().addListener((o, a, b) -> redraw());
        model.diagnosisProperty().addListener((o, a, b) -> {
            showVerdict();
            fillVerdictStrip();
            redraw();
        });
        showVerdict();

        real.setId("real-images");
        real.selectedProperty().addListener((o, a, on) -> {
            if (on && model.realGridProperty().get() == null) {
                model.loadRealImages();
            }
            showReal();
            fit(frame);
        });
        model.realGridProperty().addListener((o, a, b) -> {
            showReal();
            fit(frame);
        });
        model.configProperty().addListener((o, a, b) -> model.realGridProperty().set(null));
        // the slider has a row of its own, the buttons reflow below it: nothing is cut on a narrow screen
        for (javafx.scene.control.Control c : java.util.List.of(play, markRepeats, real, inverted)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(10, 6, play, markRepeats, real,
                inverted);
        controls.setAlignment(Pos.CENTER_LEFT);
        slider.setMaxWidth(Double.MAX_VALUE);
        verdictStrip.setId("verdict-strip");
        verdictStrip.getStyleClass().add("verdict-strip");
        verdictStrip.widthProperty().addListener((o, a, b) -> numberStripCells());
        root = new VBox(8, verdict, evidence, caption, frame, verdictStrip, slider, controls);
        root.setPadding(new Insets(8));
        root.getStyleClass().add("samples-pane");

        player = new Timeline(new KeyFrame(Duration.millis(600), e -> step()));
        player.setCycleCount(Timeline.INDEFINITE);
        play.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
            markShownCell();
            showHistogram();
        });
        inverted.selectedProperty().addListener((o, a, b) -> redraw());
        play.setOnAction(e -> {
            if (isPlaying()) {
                stopPlaying();
            } else {
                if (model.selectedEpochProperty().get() >= lastEpoch()) {
                    model.cursor().toFirst();
                }
                player.play();
                play.setText("Pause");
                ((org.kordamp.ikonli.javafx.FontIcon) play.getGraphic()).setIconLiteral("mdi2p-pause");
            }
        });
        syncSlider();
    }

    public Node node() {
        return root;
    }

    public ImageView imageView() {
        return view;
    }

    private boolean isPlaying() {
        return player.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void step() {
        if (!model.cursor().advance()) {
            stopPlaying();
        }
    }

    private void stopPlaying() {
        player.stop();
        play.setText("Play");
        ((org.kordamp.ikonli.javafx.FontIcon) play.getGraphic()).setIconLiteral("mdi2p-play");
    }

    /** Plays the epochs from the start, or stops playing (the P key). */
    public void togglePlay() {
        play.fire();
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
        showVerdict(model.diagnosisProperty().get(), model.selectedEpochProperty().get(), verdict, evidence);
    }

    /**
     * Writes the verdict at {@code epoch} into the two labels: the run's verdict at its last epoch, the epoch's own
     * when scrubbing back, coloured by its CSS class, with the first piece of evidence (all of it in the tooltip).
     */
    public static void showVerdict(org.ganlab.diagnosis.Diagnosis d, int epoch, Label verdict, Label evidence) {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (d == null) {
            verdict.setText("Verdict: waiting for the first epoch");
            evidence.setText("");
            return;
        }
        var ofEpoch = org.ganlab.records.PerEpoch.find(d.epochs(), epoch).orElse(null);
        boolean last = d.epochs().isEmpty() || ofEpoch == null || ofEpoch == d.epochs().get(d.epochs().size() - 1);
        org.ganlab.diagnosis.Verdict v = last ? d.verdict() : ofEpoch.verdict();
        java.util.List<String> why = last ? d.evidence() : ofEpoch.evidence();
        verdict.setText((last ? "Verdict: " : "Epoch " + epoch + ": ") + v.label());
        verdict.getStyleClass().add(styleClass(v));
        String first = why.isEmpty() ? v.meaning() : why.get(0);
        evidence.setText(first.isEmpty() ? first : Character.toUpperCase(first.charAt(0)) + first.substring(1));
        evidence.setTooltip(new javafx.scene.control.Tooltip(v.meaning() + "\n" + String.join("\n", why)));
    }

    /** The CSS class that colours a verdict (lab.css), e.g. verdict-mode-collapse. */
    public static String styleClass(org.ganlab.diagnosis.Verdict v) {
        return "verdict-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Cells in the verdict strip at most: a longer run shows one cell per range of epochs. */
    static final int MAX_STRIP_CELLS = 40;

    /**
     * Rebuilds the strip of per-epoch verdicts from the latest diagnosis (once per epoch, not per frame). Up to
     * {@link #MAX_STRIP_CELLS} epochs get a cell each; a longer run gets one cell per range of epochs, coloured by the
     * verdict most of its epochs got, with every verdict's count in the tooltip. A click shows the range's first epoch.
     */
    private void fillVerdictStrip() {
        var d = model.diagnosisProperty().get();
        verdictStrip.getChildren().clear();
        if (d == null) {
            return;
        }
        var buckets = StripBuckets.of(d.epochs(), MAX_STRIP_CELLS);
        for (StripBuckets.Bucket bucket : buckets) {
            // one epoch per cell shows its number; a range's numbers are in its tooltip
            Label cell = new Label(bucket.first() == bucket.last() && buckets.size() == d.epochs().size()
                    ? Integer.toString(bucket.first()) : "");
            cell.getStyleClass().addAll("verdict-cell", styleClass(bucket.majority()));
            cell.setMinWidth(0);
            cell.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            cell.setTooltip(new javafx.scene.control.Tooltip(bucket.tooltip()));
            cell.setUserData(new int[] {bucket.first(), bucket.last()});
            cell.setOnMouseClicked(ev -> model.cursor().select(bucket.first()));
            verdictStrip.getChildren().add(cell);
        }
        numberStripCells();
        markShownCell();
    }

    /**
     * Writes each cell's epoch number in it when the cells are wide enough for it, else leaves them blank (the number
     * is in the tooltip): a cell never shows a cut number.
     */
    private void numberStripCells() {
        var cells = verdictStrip.getChildren();
        if (cells.isEmpty()) {
            return;
        }
        double width = (verdictStrip.getWidth() - verdictStrip.getSpacing() * (cells.size() - 1)) / cells.size();
        for (var node : cells) {
            Label cell = (Label) node;
            int[] range = (int[]) cell.getUserData();
            String number = range[0] == range[1] ? Integer.toString(range[0]) : "";
            javafx.scene.text.Text text = new javafx.scene.text.Text(number);
            text.setFont(cell.getFont());
            double needed = text.getLayoutBounds().getWidth() + 10;
            cell.setText(width >= needed ? number : "");
        }
    }

    private static final javafx.css.PseudoClass SHOWN = javafx.css.PseudoClass.getPseudoClass("shown");

    /** Outlines the cell of the epoch on screen. */
    private void markShownCell() {
        int epoch = model.selectedEpochProperty().get();
        for (var cell : verdictStrip.getChildren()) {
            int[] range = (int[]) cell.getUserData();
            cell.pseudoClassStateChanged(SHOWN, range != null && epoch >= range[0] && epoch <= range[1]);
        }
    }

    /** The classifier's digit histogram of the viewed epoch, when the run has one; hidden otherwise. */
    private void showHistogram() {
        int epoch = model.selectedEpochProperty().get();
        int[] counts = org.ganlab.records.PerEpoch.find(model.quality(), epoch).map(QualityRow::histogram)
                .orElse(null);
        if (histogram.isVisible() != (counts != null)) {
            histogram.setVisible(counts != null);
            fit(frame);
        }
        if (counts == null) {
            return;
        }
        java.util.List<javafx.scene.chart.XYChart.Data<Number, String>> bars = new java.util.ArrayList<>();
        for (int d = 9; d >= 0; d--) {
            bars.add(new javafx.scene.chart.XYChart.Data<>(counts[d], Integer.toString(d)));
        }
        histogramBars.getData().setAll(bars);
    }

    /** The strip of per-epoch verdict cells. */
    public HBox verdictStrip() {
        return verdictStrip;
    }

    /** Near-duplicate groups of the given epoch, from the latest diagnosis. */
    private java.util.List<java.util.List<Integer>> groupsOf(int epoch) {
        var d = model.diagnosisProperty().get();
        if (d == null || !markRepeats.isSelected()) {
            return java.util.List.of();
        }
        return org.ganlab.records.PerEpoch.find(d.epochs(), epoch)
                .map(org.ganlab.diagnosis.Diagnosis.EpochDiagnosis::duplicateGroups).orElse(java.util.List.of());
    }

    /** 100 real images of the same data, beside the generated grid, for comparison. */
    private void showReal() {
        org.ganlab.records.SampleGrid grid = model.realGridProperty().get();
        if (!real.isSelected() || grid == null) {
            realView.setImage(null);
            return;
        }
        realView.setImage(FxImages.grid(grid, !inverted.isSelected()));
    }

    /** What the real-image view shows: null when hidden or not loaded yet. */
    public ImageView realView() {
        return realView;
    }

    private void show() {
        showReal();
        int epoch = model.selectedEpochProperty().get();
        EpochGrid grid = org.ganlab.records.PerEpoch.find(model.epochs(), epoch).orElse(null);
        if (grid == null || grid == shown) {
            fit(frame);
            return;
        }
        shown = grid;
        var groups = groupsOf(grid.epoch());
        view.setImage(FxImages.grid(grid.grid(), !inverted.isSelected(), groups));
        javafx.application.Platform.runLater(() -> fit(frame));
        caption.setText("Epoch " + grid.epoch() + " of " + lastEpoch() + " (iteration " + grid.iteration() + ")"
                + (groups.isEmpty() ? "" : " · " + groups.size() + (groups.size() == 1 ? " group" : " groups") + " of repeats")
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
        double beside = histogram.isVisible() ? histogram.getPrefWidth() + 12 : 0;
        double scale = GridFit.scale(frame.getWidth() - beside, frame.getHeight(), totalWidth, h);
        view.setFitWidth(w * scale);
        view.setFitHeight(h * scale);
        if (pair) {
            realView.setFitWidth(realView.getImage().getWidth() * scale);
            realView.setFitHeight(realView.getImage().getHeight() * scale);
        }
    }
}
