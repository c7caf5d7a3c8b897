package org.ganlab.ui.lab;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.ganlab.config.Preset;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ExportModel;
import org.ganlab.ui.common.Folders;
import org.ganlab.ui.common.Themes;
import org.ganlab.ui.compare.CompareView;
import org.ganlab.ui.compare.CureModel;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.present.GridPresentation;
import org.ganlab.ui.present.PresentationView;
import org.ganlab.ui.run.LessonKeys;
import org.ganlab.ui.samples.SampleLayers;
import org.ganlab.ui.samples.SamplesPane;
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
    @FXML private MenuItem saveItem;
    @FXML private MenuItem startItem;
    @FXML private MenuItem pauseItem;
    @FXML private MenuItem stopItem;
    @FXML private CheckMenuItem projectorItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private CheckMenuItem settingsItem;
    @FXML private MenuButton galleryButton;
    @FXML private MenuButton trainOnMenu;
    @FXML private MenuItem branchItem;
    @FXML private MenuItem cancelBranchItem;
    @FXML private Menu galleryMenu;
    @FXML private Menu recentMenu;
    /** What Quit does: the application's orderly close (closing the window, when the lab runs without one). */
    private Runnable onQuit;
    @FXML private VBox top;
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
    private LessonKeys keys;
    private CurvesPane curves;
    private SamplesPane samples;
    private FramePulse pulse;

    /** Wires the view to its model; called once by the application after loading the FXML. */
    public void bind(LabViewModel viewModel, BackgroundTasks backgroundTasks) {
        this.model = viewModel;
        this.tasks = backgroundTasks;
        this.windows = new LabWindows(root, viewModel, backgroundTasks, new CureModel(viewModel, backgroundTasks));
        this.keys = LabKeys.table(viewModel, root, this::present, () -> MenuBinding.showGallery(galleryButton),
                this::pauseOrResume, () -> samples.togglePlay(), windows.lessons().model());
        MenuBinding.presets(model, presetBox, presetDescription);
        top.getChildren().add(windows.lessons().bar());

        SettingsFold.bind(model, editorBox, settingsToggle, problemsLabel, branchLabel);

        curves = new CurvesPane(model.shown(), model.configProperty());
        Runnable loadRealImages = () -> model.shown().loadRealImages(model.configProperty().get(), model::say);
        samples = new SamplesPane(model.shown(), loadRealImages);
        split.getItems().setAll(curves.node(), SampleLayers.over(samples.node(), model.shown(),
                model.training().steps(), loadRealImages));

        MenuBinding.gallery(model, galleryMenu, galleryButton);
        RunControls.bind(model, new RunControls.Items(startButton, pauseButton, stopButton, startItem, pauseItem, stopItem,
                trainOnMenu, branchItem, cancelBranchItem));
        settingsItem.selectedProperty().bindBidirectional(settingsToggle.selectedProperty());
        darkItem.selectedProperty().addListener((o, a, dark) -> Themes.apply(root, dark));
        saveItem.disableProperty().bind(model.runningProperty());
        Themes.styleWhen(root, "projector", projectorItem.selectedProperty());

        StatusLine.bind(model, runLabel, progressLabel, progressBar, messageLabel);

        pulse = new FramePulse(model.training()::pulse, () -> model.runningProperty().get(),
                model.training()::recordFrameGap);
        pulse.start();
        model.training().detectBackend();
    }

    CurvesPane curves() {
        return curves;
    }

    /** Projector mode on or off (remembered between launches). */
    public BooleanProperty projectorProperty() {
        return projectorItem.selectedProperty();
    }

    SamplesPane samples() {
        return samples;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** Tools: the guide, a walk, Compare, the playground; File > Open lesson; Run > Cure it (by user data). */
    @FXML
    private void openWindow(ActionEvent e) {
        switch (userData(e.getSource())) {
            case "guide" -> windows.guide();
            case "walk" -> windows.walk();
            case "compare" -> windows.compare();
            case "plane" -> windows.plane(null, false);
            case "lesson" -> windows.lessons().open();
            case "lesson-add" -> windows.lessons().add();
            case "lesson-save" -> windows.lessons().save();
            case "lesson-export" -> windows.lessons().export();
            default -> windows.cure(); // the paired remedy on this run's seed, then both runs side by side
        }
    }

    /** The 2-D playground with the named plane preset chosen, started when {@code start}. */
    public void openPlane(String preset, boolean start) {
        windows.plane(preset, start);
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
        model.pauseOrResume();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    /** Train on > Continue +N epochs: N is the item's user data in lab.fxml. */
    @FXML
    private void continueRun(ActionEvent e) {
        model.training().branching().continueRun(Integer.parseInt(userData(e.getSource())));
    }

    @FXML
    private void branchHere() {
        model.training().branching().prepareBranch(model.shown().selectedEpochProperty().get());
    }

    @FXML
    private void cancelBranch() {
        model.training().branching().cancelBranch();
    }

    @FXML
    private void openRun() {
        Folders.choose(window(), "Open a run folder (or a sweep's)").ifPresent(this::open);
    }

    /** A run folder opens in the lab; a sweep's folder (with its sweep.csv) as its table; a 2-D run in the playground. */
    public void open(Path dir) {
        windows.open(dir, null);
    }

    /** {@link #open(Path)}; a 2-D run beside the 2-D run saved in {@code other} when that is not null. */
    public void open(Path dir, Path other) {
        windows.open(dir, other);
    }

    SweepView sweepView() {
        return windows.sweepView();
    }

    @FXML
    private void saveRun() {
        Folders.choose(window(), "Save the run into a new, empty folder").ifPresent(dir -> model.saveRun(dir, text -> { }));
    }

    /** File > Export: what to export is the item's user data in lab.fxml. */
    @FXML
    private void export(ActionEvent e) {
        new ExportActions(model.shown(), new ExportModel(tasks, model::say), window()).run(userData(e.getSource()),
                curves.node());
    }

    /** The lab's keys on {@code scene} (see {@link LabKeys}). */
    public void installKeys(Scene scene) {
        keys.install(scene);
    }

    /** A list of the keys over the window; Esc, F1 or a click closes it. */
    @FXML
    void showKeys() {
        keys.showList();
    }

    /** The keys overlay, while it is shown. */
    Node keysOverlay() {
        return keys.listShown();
    }

    /** The presentation view, full screen where the lab is: the verdict, a large grid and two charts; Esc leaves. */
    @FXML
    void present() {
        present(null);
    }

    void present(Rectangle2D bounds) { // on the given part of the screen: tests
        windows.present(bounds, keys, darkItem.isSelected());
    }

    PresentationView<GridPresentation> presentation() {
        return windows.presentation();
    }

    @FXML
    private void showMachine() {
        model.say("backend: " + model.training().backendProperty().get());
    }

    @FXML
    private void quit() {
        if (onQuit != null) {
            onQuit.run();
            return;
        }
        window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST));
        if (window().isShowing()) {
            ((Stage) window()).close();
        }
    }

    public void setOnQuit(Runnable close) {
        onQuit = close;
    }

    /** File > Recent runs: the newest runs of the runs folder, read when the menu opens; a click opens one. */
    @FXML
    private void listRecentRuns() {
        model.recentRuns(RecentRuns.COUNT, runs -> RecentRuns.fill(recentMenu, runs, model, this::open));
    }

    /** File > Runs folder: where new runs are trained (remembered for the next launch). */
    @FXML
    private void chooseRunsFolder() {
        RecentRuns.chooseFolder(window(), model);
    }

    /** The user data lab.fxml gives a menu item or a button, naming what it does. */
    private static String userData(Object source) {
        return (String) (source instanceof MenuItem m ? m.getUserData() : ((Node) source).getUserData());
    }

    /** The lab is closing: the screen stops drawing, and the playground's run stops where it is. */
    public void shutdown() {
        if (pulse != null) {
            pulse.stop();
        }
        windows.shutdown();
    }
}
