package org.ganlab.ui.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.run.RunsFolder;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.LabCommands;
import org.ganlab.ui.common.ViewModel;
import org.ganlab.ui.plane.PlaneModel;
import org.ganlab.ui.run.RunFolderModel;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.settings.SettingsModel;
import org.ganlab.ui.training.TrainingModel;

/**
 * The lab window's state and commands, as JavaFX properties; it never touches a control. It joins four models that
 * each do one job: {@link SettingsModel} (the settings being edited), {@link ShownRunModel} (the run on screen and its
 * verdict), {@link TrainingModel} (training, pausing, continuing and branching) and {@link RunFolderModel} (opening
 * and saving run folders). Background work goes through the injected {@link BackgroundTasks}
 * ({@link BackgroundTasks#synchronous()} in tests); the trainer's output reaches the screen through {@link #pulse()},
 * which the view calls once per frame.
 */
public final class LabViewModel implements LabCommands, ViewModel {
    private final SettingsModel<ExperimentConfig, Preset> settings = SettingsModel.images();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ShownRunModel shown;
    private final TrainingModel training;
    private final RunFolderModel folders;
    private final BooleanBinding canStart;
    private final ObjectProperty<Path> runsFolder = new SimpleObjectProperty<>();

    /**
     * With the given way of running work off the screen's thread ({@link BackgroundTasks#synchronous()} in tests) and
     * the folder new runs are trained into.
     */
    public LabViewModel(BackgroundTasks tasks, Path runsRoot) {
        runsFolder.set(runsRoot);
        shown = new ShownRunModel(tasks);
        training = new TrainingModel(tasks, settings, shown, message, busy,
                () -> new RunsFolder(runsFolder.get()));
        folders = new RunFolderModel(tasks, settings, shown, message, busy);
        BooleanProperty running = training.runningProperty();
        // Start begins a new run, or (with branch settings open, also during a paused run) the branch
        canStart = Bindings.isEmpty(settings.problems()).and(busy.not())
                .and(running.not().or(training.pausedProperty().and(training.branching().branchFromProperty().greaterThan(0))));
        // other settings, other data: the real images beside the grid are loaded again when asked for
        settings.configProperty().addListener((o, a, b) -> shown.realGridProperty().set(null));
        loadPreset(Presets.get("stable"));
    }

    // ---- editing ---------------------------------------------------------------------------------------------

    public void loadPreset(Preset p) {
        training.branching().branchFromProperty().set(0);
        settings.loadPreset(p);
    }

    /** Sets one field from the editor; a value that cannot be parsed is shown as that field's problem. */
    public void set(String key, Object value) {
        settings.set(key, value);
    }

    // ---- training --------------------------------------------------------------------------------------------

    public void start() {
        if (canStart.get()) {
            training.start();
        }
    }

    /** Pause when training, resume when paused (the Pause button and Space). */
    public void pauseOrResume() {
        if (training.pausedProperty().get()) {
            training.resume();
        } else {
            training.pause();
        }
    }

    /** Stops the run after the current iteration; completed epochs stay. */
    public void stop() {
        training.stop();
    }

    // ---- runs on disk ----------------------------------------------------------------------------------------

    /** Opens a saved run in the background; what is readable is shown, what is missing is said. */
    public void openRun(Path dir) {
        if (training.runningProperty().get()) {
            message.set("stop the current run before opening another");
            return;
        }
        folders.open(dir, () -> {
            training.branching().branchFromProperty().set(0);
            training.progressProperty().set(shown.metrics().isEmpty() ? 0 : 1);
            training.progressTextProperty().set(shown.metrics().size() + " iterations, " + shown.epochs().size()
                    + " epochs");
        });
    }

    /** What {@code dir} holds (a sweep, a run on points or on images), found in the background. */
    public void classify(Path dir, Consumer<RunFolderModel.FolderKind> then) {
        folders.classify(dir, then);
    }

    /** The 2-D playground's model, training its runs into the same runs folder as the lab's. */
    public PlaneModel newPlayground(BackgroundTasks tasks) {
        return new PlaneModel(tasks, () -> new RunsFolder(runsFolder.get()));
    }

    /** Copies the shown run (finished, stopped or opened) to a new folder, in the background. */
    public void saveRun(Path target, Consumer<String> done) {
        Path source = shownRun();
        if (source == null) {
            done.accept("nothing to save yet: a run must be finished or stopped first");
            return;
        }
        folders.save(source, target, done);
    }

    /** The folder of the run on screen (finished, stopped or opened), or null while training or before any run. */
    public Path shownRun() {
        return training.runningProperty().get() ? null : shown.dir();
    }

    /** The folder being trained into or shown, whichever there is (null before any run). */
    Path shownRunOrRunning() {
        return shown.dir();
    }

    /**
     * Called when the lab closes: stops training at its next safe point (a paused run too); the run's folder then
     * says stopped, with its complete epochs. Safe to call from any thread.
     */
    public void shutdown() {
        stop();
    }

    /** The folder new runs are trained into (File > Runs folder, or {@code --runs DIR} at start). */
    public ReadOnlyObjectProperty<Path> runsFolderProperty() {
        return runsFolder;
    }

    /** New runs go into {@code dir} from now on (remembered for the next launch), and the message line says so. */
    public void useRunsFolder(Path dir) {
        runsFolder.set(dir);
        message.set("new runs go into " + dir);
    }

    /** The newest runs in the runs folder (label and folder), newest first, read in the background for {@code then}. */
    public void recentRuns(int max, Consumer<List<Map.Entry<String, Path>>> then) {
        folders.recent(runsFolder.get(), max, then);
    }

    // ---- properties ------------------------------------------------------------------------------------------

    public ObjectProperty<Preset> presetProperty() {
        return settings.presetProperty();
    }

    public ObjectProperty<ExperimentConfig> configProperty() {
        return settings.configProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanProperty runningProperty() {
        return training.runningProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    @Override
    public void say(String text) {
        message.set(text);
    }

    /** The latest diagnosis of the shown run, or null before the first epoch. */
    public ObjectProperty<Diagnosis> diagnosisProperty() {
        return shown.diagnosisProperty();
    }

    /** The run on screen: its records, verdict and epoch cursor (the panes bind to it). */
    public ShownRunModel shown() {
        return shown;
    }

    /** Training, pausing, continuing and branching, with the progress the status line shows. */
    public TrainingModel training() {
        return training;
    }

    /** The settings being edited (the editor binds to them). */
    public SettingsModel<ExperimentConfig, Preset> settings() {
        return settings;
    }
}
