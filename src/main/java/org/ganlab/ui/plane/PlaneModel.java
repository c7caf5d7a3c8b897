package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.PlaneData;
import org.ganlab.records.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneFrame;
import org.ganlab.run.RunsFolder;
import org.ganlab.session.PointsSession;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlaneSettings;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ExportModel;
import org.ganlab.ui.common.ViewModel;

/**
 * The plane playground's state and work, for {@link PlaneView} to bind to: the preset and seed, the run (trained on
 * the native owner in slices by {@link PlaneRunner}, into a folder of the runs folder, or {@link Stepping} one update
 * at a time), the picture shown (the live one, or a check's when scrubbing back), the checks and the verdict.
 */
public final class PlaneModel implements ViewModel {
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ShownPicture picture = new ShownPicture();
    private final ReadOnlyObjectWrapper<PlaneDiagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Pick a preset and press Start.");
    private final ObservableList<PlaneCheck> checks = FXCollections.observableArrayList();
    /** The read-only view handed out: kept here, as it listens to {@link #checks} only weakly. */
    private final ObservableList<PlaneCheck> readOnlyChecks = FXCollections.unmodifiableObservableList(checks);
    private final PlaneSetupModel setup = new PlaneSetupModel(status::set);
    private final ExportModel exports;
    private final PlaneRunsModel saved;
    /** Where every run is trained into, in a folder of its own, as the lab's image runs are. */
    private final Supplier<RunsFolder> runs;
    /** The run on the screen, trained on the native owner in slices. */
    private final PlaneRunner runner;
    private final Stepping stepping;
    /** The preset the run on the screen started from (not the box's, which may have changed since), or null. */
    private String runPreset;
    /** The data the run on the screen trains on, or null. */
    private PlaneData runData;
    private double speed;

    public PlaneModel(BackgroundTasks tasks, Supplier<RunsFolder> runs) {
        this.tasks = tasks;
        this.runs = runs;
        this.exports = new ExportModel(tasks, status::set);
        this.saved = new PlaneRunsModel(tasks, status::set);
        this.runner = new PlaneRunner(tasks, new PlaneRunner.Screen() {
            @Override
            public boolean running() {
                return running.get() && !stepping.slowProperty().get();
            }

            @Override
            public void show(PlaneRunner.Slice s, boolean first) {
                PlaneModel.this.show(s, first);
            }

            @Override
            public void failed(Exception e) {
                PlaneModel.this.failed(e);
            }
        });
        this.stepping = new Stepping(runner, running.getReadOnlyProperty(), this::runToTrain, status::set);
    }

    /** The run one update at a time, and slow motion. */
    Stepping stepping() {
        return stepping;
    }

    /** Whether there is a run on the screen with iterations left to train. */
    private boolean runToTrain() {
        return picture.live() != null && picture.live().iteration() < total.get();
    }

    /** What Start trains: the preset, the seed and the data. */
    PlaneSetupModel setup() {
        return setup;
    }

    /** Chooses the plane preset of this name, {@code fixed} set, only {@code open} editable (null: every field). */
    public void choose(String name, Map<String, Object> fixed, Collection<String> open) {
        setup.choose(name, fixed, open);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Writes pictures of the playground (PNG, GIF). */
    ExportModel exports() {
        return exports;
    }

    /** The picture on the screen: the newest, a check's, or the failure's a cure is compared with. */
    ShownPicture picture() {
        return picture;
    }

    ReadOnlyObjectProperty<PlaneDiagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The iterations of the run shown (0 before the first). */
    ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The checks so far, for the chart (read only). */
    ObservableList<PlaneCheck> checks() {
        return readOnlyChecks;
    }

    /** A new run of the chosen preset and seed, trained from its first iteration. */
    void start() {
        startRun(null);
    }

    private void startRun(ComparedRun compared) {
        if (setup.placing() && setup.placed().isEmpty()) {
            status.set(setup.placed().status());
            return;
        }
        if (!setup.edited().problems().isEmpty()) {
            var problem = setup.edited().problems().get(0);
            status.set("fix the settings before starting: " + setup.edited().label(problem.field()) + ": "
                    + problem.message());
            return;
        }
        PlanePreset p = setup.preset();
        PlaneSettings settings = setup.settings();
        begin(p.name(), settings.data(), "building " + p.title(), p.iterations(), () -> PointsSession.create(settings,
                p.name(), p.iterations(), runs.get().newRun(p.name(), "", LocalDateTime.now())), compared, true);
    }

    /** A new run (made on the native owner by {@code make}) in place of the last; trained on when {@code train}. */
    private void begin(String preset, PlaneData data, String doing, int iterations,
                       BackgroundTasks.Work<PointsSession> make, ComparedRun compared, boolean train) {
        runPreset = preset;
        runData = data;
        picture.reset(compared);
        total.set(iterations);
        running.set(train);
        checks.clear();
        diagnosis.set(null);
        status.set(doing + "…");
        runner.begin(make);
    }

    /**
     * Copies the run on the screen (every run trains into a folder of the runs folder as it goes) into the new folder
     * {@code dir}, in the background; the status line says how it went. Open trains the copy on later.
     */
    void save(Path dir) {
        if (runPreset == null) {
            status.set("nothing to save yet: press Start");
            return;
        }
        runner.folder(from -> saved.copy(from, dir));
    }

    /** Ends the run on the screen where it is (the lab is closing): its folder says stopped, with its checks. */
    public void stop() {
        running.set(false);
        runner.stop();
    }

    /**
     * Opens the run saved in {@code dir} (in the background), paused where it was saved, with its preset, seed, data,
     * checks, verdict and pictures (Resume trains it on), beside the run saved in {@code other} unless that is null;
     * or says why not and leaves the screen alone.
     */
    public void open(Path dir, Path other) {
        saved.open(dir, other, o -> {
            setup.showSaved(o.saved());
            begin(o.saved().preset(), o.saved().settings().data(), "opening " + dir, o.saved().iterations(),
                    () -> PointsSession.continueRun(dir, null), o.compared(), false);
        });
    }

    /**
     * Compares the run on the screen with the run saved in {@code dir}, trained on the same data (read in the
     * background): its verdict, its modes covered in the chart, its picture one key (B) away; or says why not.
     */
    public void compareWith(Path dir) {
        PlaneData data = runData;
        if (data == null || picture.live() == null) {
            status.set("start or open a run first, then compare it with a saved one");
            return;
        }
        saved.compared(dir, data, c -> {
            picture.compareWith(c);
            status.set("comparing with " + dir + ": B shows its picture");
        });
    }

    /**
     * Cure it: the remedy trained on the same seed and the same data, from its first iteration, compared with the
     * failure as far as it had come (its checks in the chart, its pictures one key away).
     */
    void cure(PresetChoice remedy) {
        String trainedOn = setup.dataProperty().get();
        PresetChoice failure = setup.choiceProperty().get();
        ComparedRun compared = picture.frames().isEmpty() || failure == null ? null
                : ComparedRun.beforeTheCure(failure.title(), diagnosis.get(), checks, picture.frames(),
                picture.folder());
        setup.choiceProperty().set(remedy);
        setup.dataProperty().set(trainedOn);
        startRun(compared);
    }

    /** Pauses the run if it is running (the window was closed). */
    public void pause() {
        if (running.get()) {
            pauseOrResume();
        }
    }

    /** True while the playground trains on the native owner (a slice, or a step). */
    ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    /** Pauses a running run, or goes on with a paused one. */
    void pauseOrResume() {
        if (running.get()) {
            running.set(false);
            showProgress();
            runner.flush();
        } else if (runToTrain()) {
            running.set(true);
            runner.slice();
        } else if (picture.live() != null) {
            status.set("the run has finished its " + String.format(Locale.ROOT, "%,d", total.get()) + " iterations: "
                    + "Start trains the chosen preset again from its first");
        } else {
            start();
        }
    }

    /** The slice's picture, checks, verdict and speed on the screen ({@code first}: the run's first picture). */
    private void show(PlaneRunner.Slice s, boolean first) {
        picture.update(s.frame(), s.frames(), s.folder());
        stepping.landed(s);
        if (checks.size() != s.checks().size()) {
            checks.setAll(s.checks());
            diagnosis.set(s.diagnosis());
        }
        speed = s.speed();
        boolean training = running.get();
        if (s.finished()) {
            running.set(false);
        }
        // a slice that lands after Pause leaves the status line alone: it may say what Open or Save just did
        if (s.update() != null && !s.finished()) {
            status.set(s.update().describe());
        } else if (training || first || s.finished()) {
            showProgress();
        }
    }

    /** Where the run is, in the status line: a slice that lands after Pause still says paused. */
    private void showProgress() {
        PlaneFrame live = picture.live();
        if (live == null) {
            return;
        }
        String state = live.iteration() >= total.get() ? " (finished)" : running.get() ? "" : " (paused)";
        status.set(String.format(Locale.ROOT, "iteration %,d of %,d, %.0f iterations per second%s", live.iteration(),
                total.get(), speed, state));
    }

    private void failed(Exception e) {
        running.set(false);
        status.set("the playground stopped: " + BackgroundTasks.describe(e));
    }
}
