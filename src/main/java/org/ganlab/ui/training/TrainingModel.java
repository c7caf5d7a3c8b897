package org.ganlab.ui.training;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.backend.Backend;
import org.ganlab.backend.NativeGarbage;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.run.RunsFolder;
import org.ganlab.session.Resume;
import org.ganlab.session.RunSession;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.FrameWatchdog;
import org.ganlab.ui.common.ViewModel;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.settings.SettingsModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training session of the lab: starting a run, pausing, resuming and stopping it, continuing the run on screen or
 * branching from one of its epochs, and the progress line with its ETA. The trainer reports to a {@link LiveRun};
 * {@link #pulse()} moves what arrived onto the run on screen once per frame.
 */
public final class TrainingModel implements ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingModel.class);

    private final BackgroundTasks tasks;
    /** Where new runs and branches are trained (one folder each, named by date, time and preset). */
    private final Supplier<RunsFolder> runsFolder;
    private final SettingsModel<ExperimentConfig, Preset> settings;
    private final ShownRunModel shown;
    private final StringProperty message;
    private final BooleanProperty busy;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty backend = new SimpleStringProperty("backend: starting");
    private final StringProperty progressText = new SimpleStringProperty("ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BranchModel branching;
    private final PausedSteps steps;
    private final FrameWatchdog watchdog = new FrameWatchdog();
    private LiveRun live;
    /** The session training now (its quality measures are read from it each frame), or null. */
    private volatile RunSession current;
    private volatile TrainingControl control;
    private volatile int totalIterations;
    /** What loading the data of the run training now had to say (files skipped), or empty. */
    private volatile String dataNote = "";
    /** A branch asked for while a paused run was still stopping: started once that run has ended. */
    private Runnable afterRun;

    public TrainingModel(BackgroundTasks tasks, SettingsModel<ExperimentConfig, Preset> settings, ShownRunModel shown,
                         StringProperty message, BooleanProperty busy, Supplier<RunsFolder> runsFolder) {
        this.tasks = tasks;
        this.runsFolder = runsFolder;
        this.settings = settings;
        this.shown = shown;
        this.message = message;
        this.steps = new PausedSteps(() -> control, () -> running.get() && paused.get(), message, this::pause,
                this::resume);
        this.busy = busy;
        this.branching = new BranchModel(this, tasks, settings, shown, message, busy, runsFolder);
    }

    public void start() {
        if (branching.branchFromProperty().get() > 0) {
            branching.start();
            return;
        }
        ExperimentConfig frozen = settings.configProperty().get();
        String presetName = settings.presetName();
        LiveRun run = new LiveRun();
        TrainingControl ctl = new TrainingControl();
        shown.beginNew(presetName + " (training)", frozen);
        watchdog.reset();
        message.set("");
        begin(run, ctl);
        progressText.set("loading data");
        progress.set(-1);
        // the window re-lays itself out for the run (settings fold away); that frame is drawn before the trainer
        // takes both cores, so the screen never stalls at the start
        tasks.startAfterNextFrame(() -> train(run, ctl, frozen, presetName));
    }

    /** The run itself, in the background. */
    private void train(LiveRun run, TrainingControl ctl, ExperimentConfig frozen, String presetName) {
        NativeGarbage.collectNow(); // what earlier runs left
        Path dir = null;
        try {
            dir = runsFolder.get().newRun(presetName, "", LocalDateTime.now());
            // latent walks read G from the epochs' checkpoints: no separate copy of G is kept
            AtomicInteger percent = new AtomicInteger(-1);
            RunSession session = RunSession.create(frozen, presetName, dir, false,
                    (done, total) -> {
                        // at most one screen update per percent
                        int p = (int) (100L * done / total);
                        if (percent.getAndSet(p) != p) {
                            tasks.onScreen(() -> {
                                progressText.set("decoding pictures: " + done + " of " + total);
                                progress.set(done / (double) total);
                            });
                        }
                    });
            String note = session.dataNote();
            dataNote = note;
            tasks.onScreen(() -> {
                shown.trainingInto(session.dir(), session.plan().iterationsPerEpoch());
                if (!note.isEmpty()) {
                    message.set(note);
                }
            });
            totalIterations = session.plan().totalIterations();
            current = session;
            // the session writes the folder first: when the screen hears the run has ended, it is complete and unlocked
            session.train(run, ctl);
        } catch (Exception | Error e) {
            RunsFolder.discardIfEmpty(dir); // the data could not be read: no empty folder is left among the runs
            run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void begin(LiveRun run, TrainingControl ctl) {
        steps.goneOn();
        running.set(true);
        paused.set(false);
        live = run;
        control = ctl;
        dataNote = "";
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
            steps.goneOn();
            if (branching.branchFromProperty().get() > 0) {
                branching.cancelBranch(); // resuming the same run: the edited settings were not used
            }
        }
    }

    /** Stops the run after the current iteration, a paused run too; completed epochs stay. Safe from any thread. */
    public void stop() {
        TrainingControl ctl = control;
        if (ctl != null) {
            ctl.stop();
        }
    }

    /** Shows a prepared continuation or branch training, with the epochs it starts from. */
    void launch(Resume.Prepared p, String title) {
        LiveRun run = new LiveRun();
        TrainingControl ctl = new TrainingControl();
        RunSession session = p.session();
        shown.beginFrom(p.dir(), p.config(), session.earlierMetrics(), p.fromEpoch(), title);
        settings.show(p.config());
        begin(run, ctl);
        totalIterations = session.plan().totalIterations();
        current = session;
        message.set(p.notes().isEmpty() ? p.step().describe()
                : p.step().describe() + "; " + String.join("; ", p.notes()));
        tasks.start(() -> {
            NativeGarbage.collectNow(); // what earlier runs left
            try {
                p.train(run, ctl);
            } catch (RuntimeException | Error e) {
                run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /** A paused run is stopped (its complete epochs stay) and {@code next} runs once it has ended; false if none runs. */
    boolean stopThen(Runnable next) {
        if (!running.get()) {
            return false;
        }
        afterRun = next;
        if (control != null) {
            control.stop();
            control.resume();
        }
        return true;
    }

    /** Moves what the trainer produced since the last frame onto the run on screen. Call on the FX thread. */
    public void pulse() {
        LiveRun run = live;
        if (run == null) {
            return;
        }
        if (run.plan() != null) {
            backend.set(run.plan().backend().replace("backend: ", ""));
            shown.iterationsPerEpochProperty().set(run.plan().iterationsPerEpoch());
        }
        run.drain(shown::addMetrics, shown::addEpoch);
        steps.arrived(run.takeUpdate());
        RunSession session = current;
        if (session != null && session.qualityRows() != shown.quality().size()) {
            shown.updateQuality(session.quality(), session.qualityReal());
        }
        IterationMetrics last = shown.lastIteration();
        if (last != null && totalIterations > 0) {
            progress.set((double) last.iteration() / totalIterations);
            progressText.set(ProgressLine.during(last, shown.config().epochs(), totalIterations));
        }
        if (run.status().finished()) {
            finished(run);
        }
    }

    private void finished(LiveRun run) {
        LOG.info("run {}: {}", run.status(), watchdog.summary());
        live = null;
        current = null;
        shown.rediagnose();
        running.set(false);
        paused.set(false);
        shown.titleProperty().set(settings.presetName() + " (" + run.status().name().toLowerCase() + ")");
        String note = dataNote;
        message.set(note.isEmpty() ? run.message() : run.message() + "; " + note);
        if (run.status() != RunStatus.COMPLETED) {
            // the message line explains the stop; the progress line only says where the run stands
            progressText.set(ProgressLine.after(run.status(), shown.lastCompleteEpoch(), shown.lastIteration()));
        }
        if (afterRun != null) {
            Runnable next = afterRun;
            afterRun = null;
            next.run();
        }
    }

    /** The backend line before any run: asks ND4J once, in the background. */
    public void detectBackend() {
        tasks.run(() -> Backend.describe().replace("backend: ", ""), line -> {
            if (live == null) {
                backend.set(line);
            }
        }, e -> backend.set("backend: " + BackgroundTasks.describe(e)));
    }

    /** The JavaFX thread's gap between two frames while training: a watchdog for a frozen screen. */
    public void recordFrameGap(long millis) {
        watchdog.record(millis, shown.metrics().size());
    }

    public FrameWatchdog watchdog() {
        return watchdog;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty pausedProperty() {
        return paused;
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

    /** Stepping the paused run: a whole iteration, or one network's update alone. */
    public PausedSteps steps() {
        return steps;
    }

    /** Continuing the run on screen, or branching from one of its epochs. */
    public BranchModel branching() {
        return branching;
    }
}
