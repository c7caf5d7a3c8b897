package org.ganlab.ui.lab;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.records.EpochGrid;
import org.ganlab.ui.app.Themes;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.Folders;
import org.ganlab.ui.compare.CompareView;
import org.ganlab.ui.compare.CureModel;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.present.PresentationView;
import org.ganlab.ui.run.RunFolderModel;
import org.ganlab.ui.samples.SamplesPane;
import org.ganlab.ui.settings.ConfigEditor;
import org.ganlab.ui.settings.PresetCell;
import org.ganlab.ui.sweep.SweepModel;
import org.ganlab.ui.sweep.SweepView;
import org.ganlab.ui.walk.LatentWalkView;

/** The lab window (lab.fxml): binds controls to {@link LabViewModel} and delegates every action to it. */
public final class LabView {
    @FXML private BorderPane root;
    @FXML private ComboBox<Preset> presetBox;
    @FXML private Label presetDescription;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button stopButton;
    @FXML private javafx.scene.control.MenuItem saveItem;
    @FXML private javafx.scene.control.MenuItem startItem;
    @FXML private javafx.scene.control.MenuItem pauseItem;
    @FXML private javafx.scene.control.MenuItem stopItem;
    @FXML private javafx.scene.control.CheckMenuItem projectorItem;
    @FXML private javafx.scene.control.CheckMenuItem darkItem;
    @FXML private javafx.scene.control.CheckMenuItem settingsItem;
    @FXML private javafx.scene.control.MenuButton galleryButton;
    @FXML private javafx.scene.control.MenuButton trainOnMenu;
    @FXML private javafx.scene.control.MenuItem branchItem;
    @FXML private javafx.scene.control.MenuItem cancelBranchItem;
    @FXML private javafx.scene.control.Menu galleryMenu;
    @FXML private javafx.scene.control.Menu recentMenu;
    /** What Quit does: the application's orderly close (closing the window, when the lab runs without one). */
    private Runnable onQuit;
    @FXML private VBox editorBox;
    @FXML private ToggleButton settingsToggle;
    @FXML private Label problemsLabel;
    @FXML private Label branchLabel;
    @FXML private SplitPane split;
    @FXML private Label runLabel;
    @FXML private Label progressLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label messageLabel;

    private LabViewModel model;
    private BackgroundTasks tasks;
    private LabWindows windows;
    private LabKeys keys;
    private CurvesPane curves;
    private SamplesPane samples;
    private AnimationTimer pulse;

    /** Wires the view to its model; called once by the application after loading the FXML. */
    public void bind(LabViewModel viewModel, BackgroundTasks backgroundTasks) {
        this.model = viewModel;
        this.tasks = backgroundTasks;
        this.windows = new LabWindows(root, viewModel, backgroundTasks, new CureModel(viewModel, backgroundTasks));
        this.keys = new LabKeys(viewModel, root, this::present, () -> {
            if (!galleryButton.isDisabled()) {
                galleryButton.show();
            }
        }, this::pauseOrResume, () -> samples.togglePlay());
        presetBox.getItems().setAll(Presets.all());
        presetBox.setCellFactory(list -> new PresetCell());
        presetBox.setButtonCell(new PresetCell());
        presetBox.setValue(model.presetProperty().get());
        presetBox.setOnAction(e -> {
            Preset p = presetBox.getValue();
            if (p != null && p != model.presetProperty().get()) {
                model.loadPreset(p);
            }
        });
        model.presetProperty().addListener((o, a, b) -> presetBox.setValue(b));
        presetDescription.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.presetProperty().get() == null ? "" : model.presetProperty().get().description(),
                model.presetProperty()));
        presetBox.disableProperty().bind(model.runningProperty());

        ConfigEditor editor = new ConfigEditor(model);
        ScrollPane scroll = new ScrollPane(editor.node());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        editorBox.getChildren().add(scroll);
        // while a run trains the settings are locked, except when a paused run's settings are edited for a branch
        editorBox.disableProperty().bind(model.runningProperty().and(model.branchFromProperty().isEqualTo(0)));
        // the settings fold away while training, leaving the room to the curves and a larger grid
        editorBox.visibleProperty().bind(settingsToggle.selectedProperty());
        editorBox.managedProperty().bind(settingsToggle.selectedProperty());
        model.runningProperty().addListener((o, was, now) -> {
            if (now) {
                settingsToggle.setSelected(false);
            }
        });
        model.epochs().addListener((javafx.collections.ListChangeListener<EpochGrid>) c -> {
            if (!model.epochs().isEmpty() && model.epochs().size() == countAdded(c)) {
                settingsToggle.setSelected(false); // a grid to look at: give it the room
            }
        });
        model.problems().addListener((javafx.collections.ListChangeListener<ConfigProblem>) c -> showProblems());
        showProblems();

        curves = new CurvesPane(model);
        samples = new SamplesPane(model);
        split.getItems().setAll(curves.node(), samples.node());

        for (var entry : RunFolderModel.galleryRuns().entrySet()) {
            for (var menu : List.of(galleryMenu.getItems(), galleryButton.getItems())) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(entry.getKey());
                item.setOnAction(e -> model.openRun(entry.getValue()));
                menu.add(item);
            }
        }
        galleryMenu.disableProperty().bind(model.runningProperty().or(
                javafx.beans.binding.Bindings.isEmpty(galleryMenu.getItems())));
        galleryButton.disableProperty().bind(galleryMenu.disableProperty());
        startButton.disableProperty().bind(model.canStartProperty().not());
        startItem.disableProperty().bind(startButton.disableProperty());
        presetBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // a branch being set up: a banner over its settings (the toolbar keeps its short labels)
        branchLabel.textProperty().bind(javafx.beans.binding.Bindings.concat("Branch from epoch ",
                model.branchFromProperty(), ": change the settings below, then press Start. "
                + "Train on > Cancel the branch leaves them as they were."));
        branchLabel.visibleProperty().bind(model.branchFromProperty().greaterThan(0));
        branchLabel.managedProperty().bind(branchLabel.visibleProperty());
        model.branchFromProperty().addListener((o, a, b) -> {
            if (b.intValue() > 0) {
                settingsToggle.setSelected(true); // the branch's settings, to change before starting it
            }
        });
        trainOnMenu.setOnShowing(e -> {
            boolean running = model.runningProperty().get();
            int epoch = running ? -1 : model.selectedEpochProperty().get();
            branchItem.setText(running ? "Branch from the last complete epoch…" : "Branch from epoch " + epoch + "…");
            cancelBranchItem.setDisable(model.branchFromProperty().get() == 0);
        });
        pauseButton.disableProperty().bind(model.runningProperty().not());
        pauseItem.disableProperty().bind(pauseButton.disableProperty());
        stopItem.disableProperty().bind(model.runningProperty().not());
        settingsItem.selectedProperty().bindBidirectional(settingsToggle.selectedProperty());
        darkItem.selectedProperty().addListener((o, a, dark) -> Themes.apply(root, dark));
        pauseButton.textProperty().bind(javafx.beans.binding.Bindings.when(model.pausedProperty())
                .then("Resume").otherwise("Pause"));
        stopButton.disableProperty().bind(model.runningProperty().not());
        saveItem.disableProperty().bind(model.runningProperty());
        projectorItem.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                root.getStyleClass().add("projector");
            } else {
                root.getStyleClass().remove("projector");
            }
        });

        runLabel.textProperty().bind(model.runTitleProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        // one message at a time, wrapped rather than cut; the tooltip holds it too, for a long path
        messageLabel.textProperty().bind(model.messageProperty());
        Tooltip fullMessage = new Tooltip();
        fullMessage.textProperty().bind(model.messageProperty());
        fullMessage.setWrapText(true);
        fullMessage.setMaxWidth(700);
        messageLabel.setTooltip(fullMessage);
        Tooltip machine = new Tooltip();
        machine.textProperty().bind(javafx.beans.binding.Bindings.concat("backend: ", model.backendProperty()));
        progressBar.setTooltip(machine);
        for (Button b : List.of(startButton, pauseButton, stopButton)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        pulse = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0 && model.runningProperty().get()) {
                    model.recordFrameGap((now - last) / 1_000_000L); // the watchdog for a frozen screen
                }
                last = now;
                model.pulse();
            }
        };
        pulse.start();
        model.detectBackend();
    }

    private static int countAdded(javafx.collections.ListChangeListener.Change<? extends EpochGrid> c) {
        int added = 0;
        c.reset();
        while (c.next()) {
            added += c.getAddedSize();
        }
        return added;
    }

    CurvesPane curves() {
        return curves;
    }

    /** Projector mode on or off (remembered between launches). */
    public javafx.beans.property.BooleanProperty projectorProperty() {
        return projectorItem.selectedProperty();
    }

    SamplesPane samples() {
        return samples;
    }

    private void showProblems() {
        List<ConfigProblem> problems = model.problems();
        problemsLabel.setText(problems.isEmpty() ? "" : "Fix before starting:\n" + String.join("\n",
                problems.stream().map(p -> label(p.field()) + ": " + p.message()).toList()));
        problemsLabel.setManaged(!problems.isEmpty());
        problemsLabel.setVisible(!problems.isEmpty());
    }

    private static String label(String key) {
        return org.ganlab.config.ConfigSchema.field(key).map(org.ganlab.config.ConfigSchema.Field::label).orElse(key);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void openGuide() {
        windows.guide();
    }

    @FXML
    private void openWalk() {
        windows.walk();
    }

    @FXML
    private void openCompare() {
        windows.compare();
    }

    /** Run > Cure it: the paired remedy on this run's seed, then both runs side by side with the pair's summary. */
    @FXML
    private void cure() {
        windows.cure();
    }

    LatentWalkView walkView() {
        return windows.walkView();
    }

    CompareView compareView() {
        return windows.compareView();
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void pauseOrResume() {
        if (model.pausedProperty().get()) {
            model.resume();
        } else {
            model.pause();
        }
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void continue1() {
        model.continueRun(1);
    }

    @FXML
    private void continue5() {
        model.continueRun(5);
    }

    @FXML
    private void continue10() {
        model.continueRun(10);
    }

    @FXML
    private void branchHere() {
        model.prepareBranch(model.selectedEpochProperty().get());
    }

    @FXML
    private void cancelBranch() {
        model.cancelBranch();
    }

    @FXML
    private void openRun() {
        Folders.choose(window(), "Open a run folder (or a sweep's)").ifPresent(this::open);
    }

    /** A run folder opens in the lab; a sweep's folder (with its sweep.csv) opens as its table. */
    public void open(Path dir) {
        if (SweepModel.isSweep(dir)) {
            windows.sweep(dir);
        } else {
            model.openRun(dir);
        }
    }

    /** How many runs File > Recent runs lists. */
    static final int RECENT_RUNS = 12;

    SweepView sweepView() {
        return windows.sweepView();
    }

    @FXML
    private void saveRun() {
        Folders.choose(window(), "Save the run into a new, empty folder").ifPresent(dir -> model.saveRun(dir, text -> { }));
    }

    @FXML
    private void exportCurves() {
        exports().curves(curves.node().snapshot(null, null));
    }

    @FXML
    private void exportGrid() {
        exports().grid();
    }

    @FXML
    private void exportMetrics() {
        exports().metrics();
    }

    private ExportActions exports() {
        return new ExportActions(model, tasks, window());
    }

    // ---- keys, presentation, help -------------------------------------------------------------------------------

    /** The lab's keys on {@code scene} (see {@link LabKeys}). */
    public void installKeys(javafx.scene.Scene scene) {
        keys.install(scene);
    }

    /** Handles one key of the lab window; true when it was used. */
    boolean handleKey(javafx.scene.input.KeyCode code, boolean shortcut, Object target) {
        return keys.handle(code, shortcut, target);
    }

    /** A list of the keys over the window; Esc, F1 or a click closes it. */
    @FXML
    void showKeys() {
        keys.showList();
    }

    /** The keys overlay, while it is shown. */
    javafx.scene.Node keysOverlay() {
        return keys.overlay();
    }

    /** The presentation view: full screen, the verdict, a large grid and the two main charts; Esc leaves. */
    @FXML
    void present() {
        present(null);
    }

    /** The presentation view on the given part of the screen (null: full screen where the lab is). */
    void present(javafx.geometry.Rectangle2D bounds) {
        windows.present(bounds, this::handleKey, darkItem.isSelected());
    }

    PresentationView presentation() {
        return windows.presentation();
    }

    @FXML
    private void showMachine() {
        model.messageProperty().set("backend: " + model.backendProperty().get());
    }

    @FXML
    private void quit() {
        if (onQuit != null) {
            onQuit.run();
            return;
        }
        window().fireEvent(new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (window().isShowing()) {
            ((javafx.stage.Stage) window()).close();
        }
    }

    public void setOnQuit(Runnable close) {
        onQuit = close;
    }

    /** File > Recent runs: the newest runs of the runs folder, read when the menu opens; a click opens one. */
    @FXML
    private void listRecentRuns() {
        model.recentRuns(RECENT_RUNS, runs -> RecentRuns.fill(recentMenu, runs, model, this::open));
    }

    /** File > Runs folder: where new runs are trained (remembered for the next launch). */
    @FXML
    private void chooseRunsFolder() {
        Folders.choose(window(), "The folder new runs are trained into (now " + model.runsFolderProperty().get() + ")")
                .ifPresent(dir -> {
                    model.runsFolderProperty().set(dir);
                    model.messageProperty().set("new runs go into " + dir);
                });
    }

    @FXML
    private void exportGif() {
        exports().progression(false);
    }

    @FXML
    private void exportGifWithCurves() {
        exports().progression(true);
    }

    public void stopPulse() {
        if (pulse != null) {
            pulse.stop();
        }
    }
}
