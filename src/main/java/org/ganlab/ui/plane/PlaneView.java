package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganlab.config.Lesson;
import org.ganlab.guide.Guide;
import org.ganlab.records.PlaneCheck;
import org.ganlab.ui.guide.GuideView;
import org.ganlab.ui.present.PresentationView;
import org.ganlab.ui.run.LessonKeys;
import org.ganlab.ui.samples.VerdictLabels;
import org.ganlab.ui.settings.SettingsPanes;

/**
 * The plane playground's window: the preset, seed and Start above; the picture of what D sees on the left; the
 * verdict with its evidence, the legend and the modes covered per check on the right; below, a slider that scrubs back
 * through the checks. Binds to its {@link PlaneModel}.
 */
public final class PlaneView {
    private final PlaneModel model;
    private final BorderPane root = new BorderPane();
    private final StackPane layers = new StackPane(root); // the view, and over it the list of keys when shown
    private final CheckBox field = new CheckBox("D's field");
    private final CheckBox arrows = new CheckBox("G's push");
    private final CheckBox mesh = new CheckBox("Latent mesh");
    private final ToggleButton modelShown = new ToggleButton("Model");
    private final Label verdict = VerdictLabels.verdict("plane-verdict");
    private final Label evidence = VerdictLabels.evidence("plane-evidence");
    private final CoverageChart chart;
    private final PlaneFilesMenu files;
    private final CureComparisonPane before;
    private final CheckScrubber scrubber;
    private final PlaneShow show;
    private final PlanePicture picture;
    private final LessonKeys keys;
    private PresentationView<PlanePresentation> presentation;
    /** What the window's other keys do, done in the presentation too (a lesson's Page Down and Page Up). */
    private EventHandler<KeyEvent> windowKeys = e -> { };

    public PlaneView(PlaneModel model) {
        this.model = model;
        chart = new CoverageChart(model.totalProperty());
        show = new PlaneShow(model, new PlaneShow.Layers(field.selectedProperty(), arrows.selectedProperty(),
                mesh.selectedProperty(), modelShown.selectedProperty()), () -> modelShown.setSelected(false));
        picture = show.picture();
        files = new PlaneFilesMenu(model, picture);
        before = new CureComparisonPane(model.picture());
        root.getStyleClass().add("plane");
        root.setId("plane");
        keys = PlaneKeys.table(model, layers, () -> modelShown.setSelected(!modelShown.isSelected()),
                () -> present(!presenting()));
        keys.install(layers);
        root.setTop(controls());
        // the picture, or in its place the model's overview (Model, or O)
        StackPane centre = show.node();
        root.setCenter(centre);
        picture.setId("plane-picture");
        root.setRight(side());
        scrubber = new CheckScrubber(model.picture().cursor(), model.checks());
        root.setBottom(scrubber.node());
        BorderPane.setMargin(centre, new Insets(8));
        field.setSelected(true);
        arrows.setSelected(true);
        Runnable showPlaced = () -> picture.showPlaced(model.setup().placing() ? model.setup().placed().modes() : null);
        model.setup().dataProperty().addListener((o, a, b) -> showPlaced.run());
        model.setup().placed().modes().addListener((ListChangeListener<double[]>) c -> showPlaced.run());
        picture.setOnMouseClicked(e -> {
            double[] at = model.setup().placing() ? picture.toPlane(e.getX(), e.getY()) : null;
            if (at != null && e.getButton() == MouseButton.PRIMARY) {
                model.setup().placed().place(at[0], at[1]);
            } else if (at != null && e.getButton() == MouseButton.SECONDARY) {
                model.setup().placed().removeNear(at[0], at[1]);
            }
        });
        model.diagnosisProperty().addListener((o, a, d) -> PlaneShow.verdict(d, verdict, evidence));
        model.checks().addListener((ListChangeListener<PlaneCheck>) c -> showChecks());
        PlaneShow.verdict(null, verdict, evidence);
    }

    public Node node() {
        return layers;
    }

    /** Starts the chosen preset (the lab opens the playground with one running). */
    public void start() {
        model.start();
    }

    private Node controls() {
        ComboBox<PresetChoice> presets = new ComboBox<>();
        presets.setId("plane-preset");
        presets.getItems().setAll(PlaneSetupModel.choices());
        presets.valueProperty().bindBidirectional(model.setup().choiceProperty());
        presets.setCellFactory(l -> new PresetCell());
        presets.setButtonCell(new PresetCell());
        ComboBox<String> data = new ComboBox<>();
        data.setId("plane-data");
        data.getItems().setAll(DataChoices.all());
        data.valueProperty().bindBidirectional(model.setup().dataProperty());
        data.setTooltip(new Tooltip("The real data; picking a preset sets its own. 'Your own': click on the plane to "
                + "place modes, right-click to remove one, then Start"));
        Button clear = new Button("Clear modes");
        clear.setId("plane-clear");
        clear.setTooltip(new Tooltip("Remove every mode placed"));
        clear.setOnAction(e -> model.setup().placed().clear());
        clear.visibleProperty().bind(Bindings.equal(DataChoices.DRAWN,
                model.setup().dataProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        Spinner<Integer> seed = new Spinner<>(1, 9999, 1);
        seed.setId("plane-seed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        seed.valueProperty().addListener((o, a, b) -> model.setup().seedProperty().set(b));
        model.setup().seedProperty().addListener((o, a, b) -> seed.getValueFactory().setValue(b.intValue()));
        Button start = new Button("Start");
        start.setId("plane-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        start.setTooltip(new Tooltip("Train the chosen preset on the chosen seed from its first iteration"));
        Button pause = new Button();
        pause.setId("plane-pause");
        pause.textProperty().bind(Bindings.when(model.runningProperty()).then("Pause")
                .otherwise("Resume"));
        pause.setOnAction(e -> model.pauseOrResume());
        field.setTooltip(new Tooltip("D's output over the plane: green where D says real, purple where it says fake"));
        arrows.setTooltip(new Tooltip("Where G's loss pushes each of G's points (minus its gradient)"));
        mesh.setTooltip(new Tooltip("A grid of latent points mapped through G: how G folds the latent plane"));
        var files = this.files.menu(() -> root.getScene().getWindow(), () -> new PlaneFilesMenu.Layers(
                field.isSelected(), arrows.isSelected(), mesh.isSelected()));
        Button present = new Button("Present");
        present.setId("plane-present");
        present.setTooltip(new Tooltip("The playground full screen for a projector (F5 or F11; Esc leaves)"));
        present.setOnAction(e -> present(true));
        FlowPane bar = new FlowPane(10, 6, new Label("Preset"), presets, data, clear, new Label("Seed"), seed, start,
                pause);
        modelShown.setId("plane-model");
        modelShown.setTooltip(new Tooltip("The model in place of the picture: noise, G, the points, D, its judgement, "
                + "the losses, and the network an update trains outlined in orange (O)"));
        bar.getChildren().addAll(StepControls.box(model.stepping(), model.runningProperty()), field, arrows, mesh,
                files, modelShown, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node side() {
        verdict.setMaxWidth(Double.MAX_VALUE); // wraps at 34 px type in the presentation
        Label description = new Label();
        description.setWrapText(true);
        description.setId("plane-description");
        VBox guide = new VBox();
        guide.setId("plane-guide");
        TitledPane guidePane = SideFolds.scrolling("Guide: what to look for", guide);
        VBox cures = new VBox(6);
        cures.setId("plane-cures");
        model.setup().choiceProperty().addListener((o, a, p) -> showPreset(p, description, guide, cures));
        showPreset(model.setup().choiceProperty().get(), description, guide, cures);
        Label status = new Label();
        status.setId("plane-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        for (Label l : new Label[] {verdict, evidence, description, status}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // the chart gives way, never the words
        }
        // the preset's settings to change before Start (the data and the seed are in the toolbar); locked while training
        TitledPane settingsPane = SettingsPanes.fold("Settings: change, then Start", "plane-settings",
                model.setup().edited(), PlaneSetupModel.IN_THE_TOOLBAR);
        settingsPane.getContent().disableProperty().bind(model.runningProperty());
        // unfolded, the guide or the settings take the chart's room; Start folds them, and the chart comes back
        SideFolds.shareRoomWith(chart.node(), guidePane, settingsPane);
        model.runningProperty().addListener((o, was, now) -> {
            if (now) {
                settingsPane.setExpanded(false);
                guidePane.setExpanded(false);
            }
        });
        CureComparisonPane.followCompared(model.picture(), picture, chart);
        VBox side = new VBox(10, verdict, evidence, before.node(), PlaneLegend.node(), description, cures, guidePane,
                settingsPane, chart.node(), status);
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        side.setPadding(new Insets(8));
        // taller than the window (a cure's rows on a short screen), the side scrolls rather than spill onto the slider
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefWidth(376);
        scroll.setMinWidth(296);
        scroll.setMaxWidth(436);
        return scroll;
    }

    /** The playground on the projector in the lab's {@link PresentationView} ({@link PlanePresentation}), or back. */
    public void present(boolean on) {
        if (on && presentation == null) {
            presentation = new PresentationView<>(new PlanePresentation(model, show.layers()), keys,
                    root.getScene().getStylesheets(), root.getScene().getRoot().getStyleClass().contains("dark"));
            presentation.alsoHandle(windowKeys);
        }
        if (on) {
            presentation.show(root.getScene().getWindow(), null);
        } else if (presentation != null) {
            presentation.close();
        }
    }

    /**
     * Offers, after Cure it or Compare with a saved run, the two runs side by side in the lab's Compare window: the
     * run compared with and the run on the screen, by their folders ({@code show}).
     */
    public void offerSideBySide(BiConsumer<Path, Path> show) {
        before.offerSideBySide(show, model.runningProperty());
    }

    /** Offers File > Add to the lesson here: the chosen preset as edited becomes the lesson's next step. */
    public void offerLessonSteps(Consumer<Lesson.Step> add) {
        files.offerLessonSteps(add);
    }

    /** Keys the playground's window handles beyond the playground's own, which its presentation handles too. */
    public void alsoPresentKeys(EventHandler<KeyEvent> keys) {
        windowKeys = keys;
    }

    /** True while the playground is presented. */
    public boolean presenting() {
        return presentation != null && presentation.isShowing();
    }

    /** The presentation, once opened (tests). */
    PresentationView<PlanePresentation> presentation() {
        return presentation;
    }

    /** The preset's one-line description, its guide page and a "Cure it" button per remedy. */
    private void showPreset(PresetChoice p, Label description, VBox guide, VBox cures) {
        description.setText(p == null ? "" : p.description());
        guide.getChildren().setAll(p == null ? List.of() : Guide.forPreset(p.name()).map(GuideView::sections)
                .map(List::<Node>of).orElse(List.of()));
        cures.getChildren().clear();
        for (PresetChoice remedy : model.setup().cures()) {
            Button cure = new Button("Cure it: " + remedy.title());
            cure.setWrapText(true);
            cure.setMinHeight(Region.USE_PREF_SIZE);
            cure.setOnAction(e -> model.cure(remedy));
            cure.setTooltip(new Tooltip(remedy.description()));
            cures.getChildren().add(cure);
        }
    }

    private void showChecks() {
        chart.show(model.checks());
        scrubber.show();
    }

    private static final class PresetCell extends ListCell<PresetChoice> {
        @Override
        protected void updateItem(PresetChoice p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.title());
        }
    }
}
