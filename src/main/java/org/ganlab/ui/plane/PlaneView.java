package org.ganlab.ui.plane;

import java.io.File;
import java.util.Locale;
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
import org.ganlab.train.PlanePreset;
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
    private final Slider scrub = new Slider(0, 0, 0);
    private final Label scrubLabel = new Label("Live");

    public PlaneView(PlaneModel model) {
        this.model = model;
        root.getStyleClass().add("plane");
        root.setId("plane");
        root.setTop(controls());
        root.setCenter(picture);
        picture.setId("plane-picture");
        root.setRight(side());
        root.setBottom(scrubber());
        BorderPane.setMargin(picture, new Insets(8));
        field.setSelected(true);
        arrows.setSelected(true);
        for (CheckBox box : new CheckBox[] {field, arrows, mesh}) {
            box.selectedProperty().addListener((o, a, b) -> redraw());
        }
        model.shownProperty().addListener((o, a, b) -> redraw());
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
        ComboBox<PlanePreset> presets = new ComboBox<>();
        presets.setId("plane-preset");
        presets.getItems().setAll(PlaneModel.presets());
        presets.valueProperty().bindBidirectional(model.presetProperty());
        presets.setCellFactory(l -> new PresetCell());
        presets.setButtonCell(new PresetCell());
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
        FlowPane bar = new FlowPane(10, 6, new Label("Preset"), presets, new Label("Seed"), seed, start, pause,
                field, arrows, mesh, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node side() {
        verdict.setId("plane-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        evidence.setId("plane-evidence");
        evidence.setWrapText(true);
        evidence.getStyleClass().add("evidence");
        Label description = new Label();
        description.setWrapText(true);
        description.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.presetProperty().get() == null ? "" : model.presetProperty().get().description(),
                model.presetProperty()));
        Label status = new Label();
        status.setId("plane-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        NumberAxis x = new NumberAxis();
        x.setLabel("iteration");
        x.setForceZeroInRange(true);
        NumberAxis y = new NumberAxis(0, 8, 1);
        y.setLabel("modes covered");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("plane-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getData().add(covered);
        chart.setMinHeight(160);
        chart.getStyleClass().add("curve-chart");
        VBox side = new VBox(10, verdict, evidence, legend(), description, chart, status);
        VBox.setVgrow(chart, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setPrefWidth(360);
        side.setMinWidth(280);
        side.setMaxWidth(420);
        return side;
    }

    /** What the colours and marks mean, in large type. */
    private static Node legend() {
        HBox points = new HBox(14, key(PlanePicture.REAL, "real"), key(PlanePicture.FAKE, "G's points"),
                new Label("→ G's push"));
        points.setAlignment(Pos.CENTER_LEFT);
        Region bar = new Region();
        bar.setPrefSize(160, 18);
        bar.setStyle("-fx-background-color: linear-gradient(to right, " + web(PlanePicture.SAYS_FAKE) + ", "
                + web(PlanePicture.MIDDLE) + ", " + web(PlanePicture.SAYS_REAL) + "); -fx-border-color: #444444;");
        HBox scale = new HBox(8, new Label("D: fake"), bar, new Label("real"));
        scale.setAlignment(Pos.CENTER_LEFT);
        VBox legend = new VBox(4, points, scale);
        legend.setId("plane-legend");
        return legend;
    }

    private static Node key(javafx.scene.paint.Color colour, String text) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(7, colour);
        dot.setStroke(javafx.scene.paint.Color.WHITE);
        HBox key = new HBox(6, dot, new Label(text));
        key.setAlignment(Pos.CENTER_LEFT);
        return key;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

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

    private void showChecks() {
        var checks = model.checks();
        covered.getData().clear();
        int modes = 8;
        for (PlaneCheck c : checks) {
            covered.getData().add(new XYChart.Data<>(c.iteration(), c.measures().covered()));
            modes = c.measures().histogram().length;
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the picture");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportPng(SwingFXUtils.fromFXImage(picture.snapshot(null, null), null), file.toPath());
        }
    }

    private static final class PresetCell extends ListCell<PlanePreset> {
        @Override
        protected void updateItem(PlanePreset p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.title());
        }
    }
}
