package org.ganlab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.backend.Backend;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunReader.EpochGrid;
import org.ganlab.session.Resume;
import org.ganlab.session.RunSession;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;
import org.ganlab.records.TrainingControl;

/**
 * The state of the lab window and what it can do, as JavaFX properties; it never touches a control. Training,
 * opening and saving run on the injected background executor; results come back through {@link #pulse()}, which
 * the view calls once per frame.
 */
public final class LabViewModel {

    private final BackgroundTasks tasks;
    private final SettingsModel settings = new SettingsModel();
    private final ObjectProperty<Preset> preset = settings.presetProperty();
    private final ObjectProperty<ExperimentConfig> config = settings.configProperty();
    private final DiagnosisModel judge;
    private final FrameWatchdog watchdog = new FrameWatchdog();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<IterationMetrics> metrics = FXCollections.observableArrayList();
    private final ObservableList<EpochGrid> epochs = FXCollections.observableArrayList();
    private final IntegerProperty selectedEpoch = new SimpleIntegerProperty(0);
    private final BooleanProperty followLatest = new SimpleBooleanProperty(true);
    private final StringProperty backend = new SimpleStringProperty("backend: starting");
    private final StringProperty progressText = new SimpleStringProperty("ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty runTitle = new SimpleStringProperty("no run yet");
    private final IntegerProperty iterationsPerEpoch = new SimpleIntegerProperty(0);
    private final BooleanBinding canStart;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LabViewModel.class);
    private LiveRun live;
    private TrainingControl control;
    private volatile Path runDir;
    private volatile int totalIterations;
    /** The epoch the next Start branches from (0: Start begins a new run). */
    private final IntegerProperty branchFrom = new SimpleIntegerProperty(0);
    /** The configuration the run on screen was trained with (the editor may hold changes for a branch). */
    private ExperimentConfig shownConfig;
    /** A branch asked for while a paused run was still stopping: started once that run has ended. */
    private Runnable afterRun;
    /** What loading the data of the run training now had to say (files skipped), or empty. */
    private volatile String dataNote = "";

    public LabViewModel(Executor background) {
        this(BackgroundTasks.javaFx(background));
    }

    /** With the given way of running work off the screen's thread ({@link BackgroundTasks#synchronous()} in tests). */
    public LabViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        this.judge = new DiagnosisModel(tasks);
        // Start begins a new run, or (with branch settings open, also during a paused run) the branch
        canStart = Bindings.isEmpty(settings.problems()).and(busy.not())
                .and(running.not().or(paused.and(branchFrom.greaterThan(0))));
        loadPreset(Presets.get("stable"));
    }

    // ---- editing ---------------------------------------------------------------------------------------------

    public void loadPreset(Preset p) {
        branchFrom.set(0);
        settings.loadPreset(p);
    }

    /** Sets one field from the editor; a value that cannot be parsed is shown as that field's problem. */
    public void set(String key, Object value) {
        settings.set(key, value);
    }

    /** The problem of one field, or null. */
    public String problemOf(String key) {
        return settings.problemOf(key);
    }

    // ---- training --------------------------------------------------------------------------------------------

    public void start() {
        if (!canStart.get()) {
            return;
        }
        if (branchFrom.get() > 0) {
            startBranch();
            return;
        }
        ExperimentConfig frozen = config.get();
        shownConfig = frozen;
        String presetName = settings.presetName();
        LiveRun run = new LiveRun();
        TrainingControl ctl = new TrainingControl();
        metrics.clear();
        epochs.clear();
        judge.clear();
        watchdog.reset();
        selectedEpoch.set(0);
        followLatest.set(true);
        message.set("");
        running.set(true);
        paused.set(false);
        live = run;
        dataNote = "";
        control = ctl;
        runTitle.set(presetName + " (training)");
        progressText.set("loading data");
        progress.set(-1);
        // the window re-lays itself out for the run (settings fold away); let that frame draw before the trainer
        // takes both cores, so the screen never stalls at the start
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        settle.setOnFinished(e -> tasks.start(() -> train(run, ctl, frozen, presetName)));
        settle.play();
    }

    /** The run itself, on the background executor. */
    private void train(LiveRun run, TrainingControl ctl, ExperimentConfig frozen, String presetName) {
        try {
            // latent walks read G from the epochs' checkpoints: no separate copy of G is kept
            RunSession session = RunSession.create(frozen, presetName, Files.createTempDirectory("gan-lab-run-"), false);
            String note = session.dataNote();
            dataNote = note;
            if (!note.isEmpty()) {
                tasks.onScreen(() -> message.set(note));
            }
            runDir = session.dir();
            totalIterations = session.plan().totalIterations();
            // the session writes the folder first: when the screen hears the run has ended, it is complete and unlocked
            session.train(run, ctl);
        } catch (Exception | Error e) {
            run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    public void pause() {
        if (control != null && running.get()) {
            control.pause();
            paused.set(true);
        }
    }

    public void resume() {
        if (control != null) {
            control.resume();
            paused.set(false);
            if (branchFrom.get() > 0) {
                cancelBranch(); // resuming the same run: the edited settings were not used
            }
        }
    }

    // ---- going on from checkpoints -------------------------------------------------------------------------

    /** Appends epochs to the run on screen (finished, stopped, interrupted or opened) from its newest checkpoint. */
    public void continueRun(int moreEpochs) {
        Path dir = shownRun();
        if (dir == null) {
            message.set(running.get() ? "stop or let the run finish before continuing it"
                    : "continue needs a run: train one, or open one");
            return;
        }
        String name = settings.presetName();
        prepare(() -> Resume.continueRun(dir, moreEpochs), p -> launch(p, name + " (continuing)", true));
    }

    /**
     * Starts editing a branch from an epoch of the run on screen: the settings open with the run's configuration and
     * the next Start trains the branch. During a paused run the branch goes from its last complete epoch.
     */
    public void prepareBranch(int epoch) {
        Path dir = running.get() ? runDir : shownRun();
        int from = running.get() ? lastCompleteEpoch() : epoch;
        if (dir == null || from < 1) {
            message.set("a branch needs a run with at least one complete epoch");
            return;
        }
        if (running.get() && !paused.get()) {
            message.set("pause the run first, then change the settings and start the branch");
            return;
        }
        List<Integer> kept;
        try {
            kept = org.ganlab.run.CheckpointFile.epochs(dir);
        } catch (IOException e) {
            message.set("cannot list the checkpoints of " + dir + ": " + e.getMessage());
            return;
        }
        if (!kept.contains(from)) {
            message.set("epoch " + from + " has no checkpoint to branch from; " + (kept.isEmpty()
                    ? "this run kept none (runs recorded before checkpoints existed)"
                    : "this run kept epoch " + String.join(", ", kept.stream().map(String::valueOf).toList())
                    + " (the setting 'Checkpoint every' chooses which)"));
            return;
        }
        ExperimentConfig base = shownConfig != null ? shownConfig : config.get();
        int epochs = base.epochs() > from ? base.epochs() : from + base.epochs();
        settings.show(ConfigOverrides.apply(base, Map.of("epochs", epochs)));
        branchFrom.set(from);
        message.set("branch from epoch " + from + ": change the settings, then press Start");
    }

    /** Leaves branch editing; the settings go back to those of the run on screen. */
    public void cancelBranch() {
        branchFrom.set(0);
        if (shownConfig != null) {
            settings.show(shownConfig);
        }
    }

    private int lastCompleteEpoch() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
    }

    private void startBranch() {
        int from = branchFrom.get();
        ExperimentConfig edited = config.get();
        String name = settings.presetName();
        if (running.get()) {
            // a paused run: stop it (its complete epochs stay), then branch once it has ended
            afterRun = () -> startBranch();
            resumeToStop();
            return;
        }
        Path parent = runDir;
        branchFrom.set(0);
        prepare(() -> Resume.branch(parent, from, edited, Files.createTempDirectory("gan-lab-branch-")),
                p -> launch(p, name + " (branch from epoch " + from + ")", false));
    }

    private void resumeToStop() {
        if (control != null) {
            control.stop();
            control.resume();
        }
    }

    /** Something that plans a continuation or branch (in the background), refusing bad input with a message. */
    private interface Plan {
        Resume.Prepared make() throws Resume.ResumeException, IOException;
    }

    private void prepare(Plan plan, Consumer<Resume.Prepared> then) {
        busy.set(true);
        message.set("reading the checkpoint");
        tasks.run(plan::make, p -> {
            busy.set(false);
            then.accept(p);
        }, e -> {
            busy.set(false);
            message.set(BackgroundTasks.describe(e));
        });
    }

    /** Shows a prepared continuation or branch training; a continuation keeps the run's earlier epochs on screen. */
    private void launch(Resume.Prepared p, String title, boolean keepShown) {
        LiveRun run = new LiveRun();
        TrainingControl ctl = new TrainingControl();
        if (!keepShown) {
            metrics.setAll(p.writer().priorRows());
            epochs.removeIf(e -> e.epoch() > p.checkpoint().epoch());
        } else {
            metrics.removeIf(m -> m.iteration() > p.checkpoint().iteration());
            epochs.removeIf(e -> e.epoch() > p.checkpoint().epoch());
        }
        judge.clear();
        followLatest.set(true);
        shownConfig = p.config();
        settings.show(p.config());
        running.set(true);
        paused.set(false);
        live = run;
        dataNote = "";
        control = ctl;
        runDir = p.dir();
        totalIterations = p.trainer().plan().totalIterations();
        runTitle.set(title);
        message.set(p.step().describe());
        tasks.start(() -> {
            try {
                p.train(run, ctl);
            } catch (RuntimeException | Error e) {
                run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /** Stops the run after the current iteration; completed epochs stay. */
    public void stop() {
        if (control != null) {
            control.stop();
        }
    }

    /** Moves what the trainer produced since the last frame onto the observable state. Call on the FX thread. */
    public void pulse() {
        LiveRun run = live;
        if (run == null) {
            return;
        }
        if (run.plan() != null) {
            backend.set(run.plan().backend().replace("backend: ", "") );
            iterationsPerEpoch.set(run.plan().iterationsPerEpoch());
        }
        run.drain(metrics::addAll, this::addEpoch);
        if (!metrics.isEmpty()) {
            IterationMetrics last = metrics.get(metrics.size() - 1);
            double perIteration = last.seconds() / last.iteration();
            long eta = Math.round(perIteration * Math.max(0, totalIterations - last.iteration()));
            progress.set(totalIterations == 0 ? 0 : (double) last.iteration() / totalIterations);
            progressText.set(String.format("epoch %d/%d   iteration %d/%d   elapsed %s   ETA %s",
                    last.epoch(), config.get().epochs(), last.iteration(), totalIterations, clock(last.seconds()),
                    clock(eta)));
        }
        if (run.status().finished()) {
            LOG.info("run {}: {}", run.status(), watchdog.summary());
            live = null;
            rediagnose();
            running.set(false);
            paused.set(false);
            String name = settings.presetName();
            runTitle.set(name + " (" + run.status().name().toLowerCase() + ")");
            String note = dataNote;
            message.set(note.isEmpty() ? run.message() : run.message() + "; " + note);
            if (run.status() != RunStatus.COMPLETED) {
                progressText.set(run.status().name().toLowerCase() + ": " + run.message());
            }
            if (afterRun != null) {
                Runnable next = afterRun;
                afterRun = null;
                next.run();
            }
        }
    }

    private void addEpoch(EpochSnapshot s) {
        epochs.add(EpochGrid.of(s.epoch(), s.iteration(), s.fixed(), s.heldOut()));
        if (followLatest.get()) {
            selectedEpoch.set(s.epoch());
        }
        rediagnose();
    }

    /** Judges the shown run again in the background (after each epoch, and when a run is opened). */
    private void rediagnose() {
        judge.rediagnose(metrics, epochs, config.get());
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }

    // ---- runs on disk ----------------------------------------------------------------------------------------

    /** Opens a saved run in the background; what is readable is shown, what is missing is said. */
    public void openRun(Path dir) {
        if (running.get()) {
            message.set("stop the current run before opening another");
            return;
        }
        busy.set(true);
        message.set("opening " + dir);
        tasks.run(() -> RunReader.open(dir), this::show, e -> {
            busy.set(false);
            message.set("cannot open " + dir + ": " + BackgroundTasks.describe(e));
        });
    }

    private void show(RunReader.OpenedRun opened) {
        busy.set(false);
        runDir = opened.dir();
        metrics.setAll(opened.metrics());
        List<EpochGrid> grids = opened.epochs();
        epochs.setAll(grids);
        followLatest.set(false);
        selectedEpoch.set(grids.isEmpty() ? 0 : grids.get(grids.size() - 1).epoch());
        branchFrom.set(0);
        shownConfig = opened.record() != null ? opened.record().config() : null;
        if (opened.record() != null) {
            Presets.find(opened.record().preset()).ifPresent(preset::set);
            settings.show(opened.record().config());
            iterationsPerEpoch.set(opened.record().iterationsPerEpoch());
        }
        if (opened.record() == null) {
            settings.show(config.get());
        }
        judge.clear();
        rediagnose();
        runTitle.set(opened.title());
        progress.set(metrics.isEmpty() ? 0 : 1);
        progressText.set(metrics.size() + " iterations, " + grids.size() + " epochs");
        String opening = opened.problems().isEmpty() ? "opened " + opened.dir()
                : "opened with problems: " + String.join("; ", opened.problems());
        if (opened.record() != null && opened.record().status() == RunStatus.INTERRUPTED) {
            runTitle.set(opened.title() + " (interrupted)");
            opening += "; " + opened.record().message() + " (Train on > Continue goes on from the last checkpoint)";
        }
        message.set(opening);
    }

    /** Copies the shown run (finished, stopped or opened) to a new folder, in the background. */
    public void saveRun(Path target, Consumer<String> done) {
        Path source = runDir;
        if (source == null || running.get()) {
            done.accept("nothing to save yet: a run must be finished or stopped first");
            return;
        }
        Consumer<String> report = text -> {
            message.set(text);
            done.accept(text);
        };
        tasks.run(() -> {
            copyTree(source, target);
            return "saved to " + target;
        }, report, e -> report.accept("could not save to " + target + ": " + BackgroundTasks.describe(e)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (var entries = Files.list(to)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("the folder is not empty");
                }
            }
        }
        org.apache.commons.io.FileUtils.copyDirectory(from.toFile(), to.toFile());
    }

    /** The JavaFX thread's gap between two frames while training: a watchdog for a frozen screen. */
    public void recordFrameGap(long millis) {
        watchdog.record(millis, metrics.size());
    }

    /** The worst frame gap of the current or last run, in milliseconds. */
    public long worstFrameGap() {
        return watchdog.worstGap();
    }

    /** Screen frames timed while the current or last run trained (the watchdog's sample). */
    long framesTimed() {
        return watchdog.frames();
    }

    /** The folder of the run on screen (finished, stopped or opened), or null while training or before any run. */
    public Path shownRun() {
        return running.get() ? null : runDir;
    }

    /** The folder being trained into or shown, whichever there is (null before any run). */
    Path shownRunOrRunning() {
        return runDir;
    }

    /** Called when the window closes: stop training so the application can exit. */
    public void shutdown() {
        stop();
    }

    // ---- properties ------------------------------------------------------------------------------------------

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<ExperimentConfig> configProperty() {
        return config;
    }

    public ObservableList<ConfigProblem> problems() {
        return settings.problems();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ObservableList<IterationMetrics> metrics() {
        return metrics;
    }

    public ObservableList<EpochGrid> epochs() {
        return epochs;
    }

    public IntegerProperty selectedEpochProperty() {
        return selectedEpoch;
    }

    public BooleanProperty followLatestProperty() {
        return followLatest;
    }

    public StringProperty backendProperty() {
        return backend;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty runTitleProperty() {
        return runTitle;
    }


    /** 100 real images of the current configuration's data, loaded in the background (for the samples view). */
    public ObjectProperty<SampleGrid> realGridProperty() {
        return judge.realGridProperty();
    }

    /** Loads the real images of the current configuration's data in the background. */
    public void loadRealImages() {
        judge.loadRealImages(config.get(), message::set);
    }

    /** The latest diagnosis of the shown run, or null before the first epoch. */
    public ObjectProperty<org.ganlab.diagnosis.Diagnosis> diagnosisProperty() {
        return judge.diagnosisProperty();
    }

    /** The epoch the next Start branches from, or 0 when Start begins a new run. */
    public IntegerProperty branchFromProperty() {
        return branchFrom;
    }

    public IntegerProperty iterationsPerEpochProperty() {
        return iterationsPerEpoch;
    }

    /** The backend line before any run: asks ND4J once, in the background. */
    public void detectBackend() {
        tasks.run(() -> Backend.describe().replace("backend: ", ""), line -> {
            if (live == null) {
                backend.set(line);
            }
        }, e -> backend.set("backend: " + BackgroundTasks.describe(e)));
    }
}
