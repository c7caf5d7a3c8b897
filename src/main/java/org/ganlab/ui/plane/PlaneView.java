package org.ganlab.ui.plane;

import java.io.File;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.ui.samples.VerdictLabels;

/**
 * The plane playground's window: the preset, seed and Start above; the picture of what D sees on the left; the
 * verdict with its evidence, the legend and the modes covered per check on the right; below, a slider that scrubs back
 * through the checks. Binds to its {@link PlaneModel}.
 */
public final class PlaneView {
    private final PlaneModel model;
    private final BorderPane root = new BorderPane();
    private final PlanePicture picture = new PlanePicture();
    private final CheckBox field = new CheckBox("D's field");
    private final CheckBox arrows = new CheckBox("G's push");
    private final CheckBox mesh = new CheckBox("Latent mesh");
    private final Label verdict = new Label();
    private final Label evidence = new Label();
    private final XYChart.Series<Number, Number> covered = new XYChart.Series<>();
    /** The failure's modes covered per check, beside a cure's. */
    private final XYChart.Series<Number, Number> coveredBefore = new XYChart.Series<>();
    private final CheckBox showBefore = new CheckBox();
    private final Label beforeVerdict = new Label();
    private final Slider scrub = new Slider(0, 0, 0);
    private final Label scrubLabel = new Label("Live");

    /** The controls' bar, and what replaces it in the presentation. */
    private Node toolbar;
    private final Label presentHint = new Label("Space start/pause · Left/Right checks · Home/End · Esc leaves");
    /** What the presentation leaves out: the preset's description, its cures and its guide. */
    private final List<Node> lectureOnly = new java.util.ArrayList<>();
    private boolean presenting;

    public PlaneView(PlaneModel model) {
        this.model = model;
        root.getStyleClass().add("plane");
        root.setId("plane");
        PlaneKeys.install(root, model::pauseOrResume, scrub, () -> present(!presenting), () -> {
            if (presenting) {
                present(false);
            }
        }, () -> {
            if (model.beforeProperty().get() != null) {
                model.showBeforeProperty().set(!model.showBeforeProperty().get());
            }
        });
        toolbar = controls();
        presentHint.getStyleClass().add("hint");
        presentHint.setWrapText(true);
        presentHint.setPadding(new Insets(8, 8, 0, 8));
        root.setTop(toolbar);
        root.setCenter(picture);
        picture.setId("plane-picture");
        root.setRight(side());
        root.setBottom(scrubber());
        BorderPane.setMargin(picture, new Insets(8));
        field.setSelected(true);
        arrows.setSelected(true);
        java.util.List.of(field, arrows, mesh).forEach(box -> box.selectedProperty().addListener((o, a, b) -> redraw()));
        model.shownProperty().addListener((o, a, b) -> redraw());
        model.dataProperty().addListener((o, a, b) -> picture.showPlaced(model.placing() ? model.placed() : null));
        model.placed().addListener((javafx.collections.ListChangeListener<double[]>) c ->
                picture.showPlaced(model.placing() ? model.placed() : null));
        picture.setOnMouseClicked(e -> {
            double[] at = model.placing() ? picture.toPlane(e.getX(), e.getY()) : null;
            if (at != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                model.place(at[0], at[1]);
            } else if (at != null && e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                model.removeNear(at[0], at[1]);
            }
        });
        model.diagnosisProperty().addListener((o, a, d) -> showVerdict(d));
        model.checks().addListener((javafx.collections.ListChangeListener<PlaneCheck>) c -> showChecks());
        showVerdict(null);
    }

    public Node node() {
        return root;
    }

    /** Starts the chosen preset (the lab opens the playground with one running). */
    public void start() {
        model.start();
    }

    private Node controls() {
        ComboBox<PlaneModel.Choice> presets = new ComboBox<>();
        presets.setId("plane-preset");
        presets.getItems().setAll(PlaneModel.choices());
        presets.valueProperty().bindBidirectional(model.choiceProperty());
        presets.setCellFactory(l -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        ComboBox<String> data = new ComboBox<>();
        data.setId("plane-data");
        data.getItems().setAll(PlaneModel.dataTitles());
        data.valueProperty().bindBidirectional(model.dataProperty());
        data.setTooltip(new Tooltip("The real data; picking a preset sets its own. 'Your own': click on the plane to "
                + "place modes, right-click to remove one, then Start"));
        Button clear = new Button("Clear modes");
        clear.setId("plane-clear");
        clear.setTooltip(new Tooltip("Remove every mode placed"));
        clear.setOnAction(e -> model.clearPlaced());
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.equal(PlaneModel.DRAWN_TITLE,
                model.dataProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        Spinner<Integer> seed = new Spinner<>(1, 9999, 1);
        seed.setId("plane-seed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.valueProperty().addListener((o, a, b) -> model.seedProperty().set(b));
        Button start = new Button("Start");
        start.setId("plane-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        start.setTooltip(new Tooltip("Train the chosen preset on the chosen seed from its first iteration"));
        Button pause = new Button();
        pause.setId("plane-pause");
        pause.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty()).then("Pause")
                .otherwise("Resume"));
        pause.setOnAction(e -> model.pauseOrResume());
        Button export = new Button("PNG…");
        export.setId("plane-export");
        export.setTooltip(new Tooltip("Save the picture as it is shown"));
        export.setOnAction(e -> exportPng());
        field.setTooltip(new Tooltip("D's output over the plane: green where D says real, purple where it says fake"));
        arrows.setTooltip(new Tooltip("Where G's loss pushes each of G's points (minus its gradient)"));
        mesh.setTooltip(new Tooltip("A grid of latent points mapped through G: how G folds the latent plane"));
        Button gif = new Button("GIF…");
        gif.setId("plane-gif");
        gif.setTooltip(new Tooltip("Save the pictures of the checks as an animated GIF"));
        gif.setOnAction(e -> exportGif());
        gif.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.checks()));
        Button present = new Button("Present");
        present.setId("plane-present");
        present.setTooltip(new Tooltip("The playground full screen for a projector (F5 or F11; Esc leaves)"));
        present.setOnAction(e -> present(true));
        FlowPane bar = new FlowPane(10, 6, new Label("Preset"), presets, data, clear, new Label("Seed"), seed, start, pause,
                field, arrows, mesh, export, gif, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node side() {
        verdict.setId("plane-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setWrapText(true); // 34 px type in the presentation
        evidence.setId("plane-evidence");
        evidence.setWrapText(true);
        evidence.getStyleClass().add("evidence");
        Label description = new Label();
        description.setWrapText(true);
        description.setId("plane-description");
        Label guide = new Label();
        guide.setWrapText(true);
        guide.setId("plane-guide");
        javafx.scene.control.TitledPane guidePane = new javafx.scene.control.TitledPane("Guide: what to look for",
                guide);
        guidePane.setExpanded(false);
        guidePane.setAnimated(false);
        VBox cures = new VBox(6);
        cures.setId("plane-cures");
        model.choiceProperty().addListener((o, a, p) -> showPreset(p, description, guide, cures));
        showPreset(model.choiceProperty().get(), description, guide, cures);
        Label status = new Label();
        status.setId("plane-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        NumberAxis x = new NumberAxis();
        x.setLabel("iteration");
        NumberAxis y = new NumberAxis(0, 8, 1);
        y.setLabel("modes covered");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("plane-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getData().add(coveredBefore);
        chart.getData().add(covered);
        chart.setMinHeight(160);
        chart.getStyleClass().add("curve-chart");
        for (Label l : new Label[] {verdict, evidence, description, status}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // the chart gives way, never the words
        }
        // the whole run's span, so the chart also says how far the run has come
        x.setAutoRanging(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == 0 ? "0" : v >= 1000
                        ? java.math.BigDecimal.valueOf(v / 1000).stripTrailingZeros().toPlainString() + "k"
                        : String.valueOf((long) v);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        model.totalProperty().addListener((o, a, t) -> {
            x.setUpperBound(Math.max(1, t.intValue()));
            x.setTickUnit(tickUnit(t.intValue()));
        });
        lectureOnly.addAll(List.of(description, cures, guidePane));
        VBox before = before();
        VBox side = new VBox(10, verdict, evidence, before, PlanePicture.legend(), description, cures, guidePane, chart,
                status);
        VBox.setVgrow(chart, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setPrefWidth(360);
        side.setMinWidth(280);
        side.setMaxWidth(420);
        return side;
    }

    /**
     * The projector's view of the playground (F5 or F11, or Present; Esc leaves): the window full screen, the controls'
     * bar replaced by the keys' hint, the description, cures and guide left out, and type of at least 24 px. The
     * picture takes the room they leave; the keys work as before.
     */
    public void present(boolean on) {
        presenting = on;
        root.setTop(on ? presentHint : toolbar);
        lectureOnly.forEach(n -> {
            n.setVisible(!on);
            n.setManaged(!on);
        });
        if (on) {
            if (!root.getStyleClass().contains("presentation")) {
                root.getStyleClass().add("presentation");
            }
        } else {
            root.getStyleClass().remove("presentation");
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            if (on && !watchingFullScreen) {
                watchingFullScreen = true;
                // Esc may end full screen before the key reaches the view: the presentation ends with it
                stage.fullScreenProperty().addListener((o, was, now) -> {
                    if (was && !now && presenting) {
                        present(false);
                    }
                });
            }
            stage.setFullScreenExitHint("Esc leaves the presentation");
            stage.setFullScreen(on);
        }
        root.requestFocus();
    }

    /** True while the playground is presented. */
    public boolean presenting() {
        return presenting;
    }

    private boolean watchingFullScreen;

    private Node scrubber() {
        scrub.setId("plane-scrub");
        scrub.setBlockIncrement(1);
        scrub.setMajorTickUnit(1);
        scrub.setSnapToTicks(true);
        scrub.valueProperty().addListener((o, a, b) -> {
            int i = (int) Math.round(b.doubleValue());
            boolean live = i >= model.checks().size();
            model.viewedCheckProperty().set(live ? -1 : i);
            scrubLabel.setText(live ? "Live" : "Check at iteration " + model.checks().get(i).iteration());
        });
        Button live = new Button("Live");
        live.setId("plane-live");
        live.setOnAction(e -> scrub.setValue(scrub.getMax()));
        scrubLabel.setMinWidth(260);
        HBox box = new HBox(10, new Label("Back through the checks"), scrub, scrubLabel, live);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 8, 8));
        return box;
    }

    /**
     * A round tick unit (1, 2 or 5 times a power of ten) that cuts {@code total} iterations into at most four parts, so
     * the labels stay apart in the presentation's large type.
     */
    static int tickUnit(int total) {
        double rough = Math.max(1, total) / 4.0;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return (int) Math.max(1, m * power);
            }
        }
        return (int) (10 * power);
    }

    /** The preset's one-line description, its guide page and a "Cure it" button per remedy. */
    private void showPreset(PlaneModel.Choice p, Label description, Label guide, VBox cures) {
        description.setText(p == null ? "" : p.description());
        guide.setText(p == null ? "" : p.guide());
        cures.getChildren().clear();
        for (PlaneModel.Choice remedy : model.cures()) {
            Button cure = new Button("Cure it: " + remedy.title());
            cure.setWrapText(true);
            cure.setMinHeight(Region.USE_PREF_SIZE);
            cure.setOnAction(e -> model.cure(remedy));
            cure.setTooltip(new Tooltip(remedy.description()));
            cures.getChildren().add(cure);
        }
    }

    /**
     * After Cure it: the failure's verdict, and a box (or B) that shows the failure's picture at the same iteration in
     * place of the cure's; the chart shows the failure's modes covered as a dashed grey line.
     */
    private VBox before() {
        showBefore.setId("plane-before");
        showBefore.setText("Show the failure (B)");
        showBefore.setTooltip(new Tooltip("The picture of the run before the cure, at the same iteration"));
        showBefore.selectedProperty().bindBidirectional(model.showBeforeProperty());
        beforeVerdict.setId("plane-before-verdict");
        beforeVerdict.setWrapText(true);
        beforeVerdict.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, beforeVerdict, showBefore);
        box.getStyleClass().add("before-the-cure");
        box.visibleProperty().bind(model.beforeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        model.beforeProperty().addListener((o, a, b) -> {
            beforeVerdict.setText(b == null ? "" : "Before the cure: " + b.title() + ", " + (b.diagnosis() == null
                    ? "not judged yet" : b.diagnosis().verdict().label()));
            coveredBefore.getData().clear();
            if (b != null) {
                b.checks().forEach(c -> coveredBefore.getData().add(new XYChart.Data<>(c.iteration(), c.covered())));
            }
            styleBefore();
        });
        model.showBeforeProperty().addListener((o, a, on) -> {
            beforeVerdict.setStyle(on ? "-fx-font-weight: bold;" : "");
            picture.label(on ? "Before the cure" : null);
        });
        return box;
    }

    /** The failure's line dashed and grey, its points hollow grey, under the cure's. */
    private void styleBefore() {
        if (coveredBefore.getNode() != null) {
            coveredBefore.getNode().setStyle("-fx-stroke: #6e6e6e; -fx-stroke-dash-array: 10 7; -fx-stroke-width: 3;");
        }
        for (XYChart.Data<Number, Number> d : coveredBefore.getData()) {
            if (d.getNode() != null) {
                d.getNode().setStyle("-fx-background-color: #6e6e6e, white;");
            }
        }
    }

    private void showChecks() {
        var checks = model.checks();
        covered.getData().clear();
        int modes = 8;
        for (PlaneCheck c : checks) {
            covered.getData().add(new XYChart.Data<>(c.iteration(), c.covered()));
            modes = c.modes();
        }
        ((NumberAxis) ((LineChart<?, ?>) covered.getChart()).getYAxis()).setUpperBound(Math.max(1, modes));
        boolean following = scrub.getValue() >= scrub.getMax();
        scrub.setMax(checks.size());
        if (following) {
            scrub.setValue(checks.size());
        }
    }

    private void showVerdict(PlaneDiagnosis d) {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (d == null) {
            verdict.setText("Verdict: after " + PlaneDiagnosis.MIN_CHECKS + " checks");
            evidence.setText("");
            return;
        }
        verdict.setText("Verdict: " + d.verdict().label());
        verdict.getStyleClass().add(VerdictLabels.styleClass(d.verdict()));
        String first = d.evidence().isEmpty() ? d.verdict().meaning() : d.evidence().get(0);
        evidence.setText(Character.toUpperCase(first.charAt(0)) + first.substring(1) + ".");
        evidence.setTooltip(new Tooltip(d.verdict().meaning() + "\n" + String.join("\n", d.evidence())));
    }

    private void redraw() {
        picture.show(model.shownProperty().get(), field.isSelected(), arrows.isSelected(), mesh.isSelected());
    }

    private void exportPng() {
        File file = choose("Save the picture", "png");
        if (file != null) {
            model.exportPng(SwingFXUtils.fromFXImage(picture.snapshot(null, null), null), file.toPath());
        }
    }

    /** The checks' pictures, as shown now (field, arrows, mesh), 600 pixels square, each with its iteration. */
    private void exportGif() {
        var frames = model.checkFrames();
        File file = frames.isEmpty() ? null : choose("Save the checks as an animated GIF", "gif");
        if (file != null) {
            PlanePicture offscreen = new PlanePicture();
            var images = frames.stream().map(f -> SwingFXUtils.fromFXImage(offscreen.render(f, 600,
                    "iteration " + f.iteration(), field.isSelected(), arrows.isSelected(), mesh.isSelected()), null))
                    .toList();
            model.exportGif(images, file.toPath());
        }
    }

    private File choose(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(
                java.util.Locale.ROOT), "*." + extension));
        return chooser.showSaveDialog(root.getScene().getWindow());
    }

    private static final class PresetCell extends ListCell<PlaneModel.Choice> {
        @Override
        protected void updateItem(PlaneModel.Choice p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.title());
        }
    }
}
