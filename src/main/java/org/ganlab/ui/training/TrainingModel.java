package org.ganlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.backend.Backend;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.run.CheckpointFile;
import org.ganlab.session.Resume;
import org.ganlab.session.RunSession;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.FrameWatchdog;
import org.ganlab.ui.run.ShownRun;
import org.ganlab.ui.settings.SettingsModel;

/**
 * The training session of the lab: starting a run, pausing, resuming and stopping it, continuing the run on screen or
 * branching from one of its epochs, and the progress line with its ETA. The trainer reports to a {@link LiveRun};
 * {@link #pulse()} moves what arrived onto the run on screen once per frame.
 */
public final class TrainingModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainingModel.class);

    private final BackgroundTasks tasks;
    /** Where new runs and branches are trained (one folder each, named by date, time and preset). */
    private final java.util.function.Supplier<org.ganlab.run.RunsFolder> runsFolder;
    private final SettingsModel settings;
    private final ShownRun shown;
    private final StringProperty message;
    private final BooleanProperty busy;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty backend = new SimpleStringProperty("backend: starting");
    private final StringProperty progressText = new SimpleStringProperty("ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    /** The epoch the next Start branches from (0: Start begins a new run). */
    private final IntegerProperty branchFrom = new SimpleIntegerProperty(0);
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

    public TrainingModel(BackgroundTasks tasks, SettingsModel settings, ShownRun shown, StringProperty message,
                  BooleanProperty busy, java.util.function.Supplier<org.ganlab.run.RunsFolder> runsFolder) {
        this.tasks = tasks;
        this.runsFolder = runsFolder;
        this.settings = settings;
        this.shown = shown;
        this.message = message;
        this.busy = busy;
    }

    // ---- a new run -------------------------------------------------------------------------------------------

    public void start() {
        if (branchFrom.get() > 0) {
            startBranch();
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
        // the window re-lays itself out for the run (settings fold away); let that frame draw before the trainer
        // takes both cores, so the screen never stalls at the start
        tasks.startAfter(250, () -> train(run, ctl, frozen, presetName));
    }

    /** The run itself, in the background. */
    private void train(LiveRun run, TrainingControl ctl, ExperimentConfig frozen, String presetName) {
        releaseEarlierRuns();
        Path dir = null;
        try {
            dir = runsFolder.get().newRun(presetName, "", java.time.LocalDateTime.now());
            // latent walks read G from the epochs' checkpoints: no separate copy of G is kept
            java.util.concurrent.atomic.AtomicInteger percent = new java.util.concurrent.atomic.AtomicInteger(-1);
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
            discardIfEmpty(dir); // the data could not be read: no empty folder is left among the runs
            run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static void discardIfEmpty(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            java.nio.file.Files.deleteIfExists(dir);
        } catch (IOException notEmpty) {
            // the run wrote something: it stays, with its status
        }
    }

    /**
     * Frees what earlier runs left: their networks' and data's buffers live off the Java heap, and ND4J releases them
     * only once the small Java objects pointing at them are collected, which a 20 MB heap rarely needs. Without this
     * a lesson of many short runs grows the process by 10-15 MB a run (measured in LabSoakTest); with it, it stays flat.
     */
    private static void releaseEarlierRuns() {
        System.gc();
    }

    private void begin(LiveRun run, TrainingControl ctl) {
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
            if (branchFrom.get() > 0) {
                cancelBranch(); // resuming the same run: the edited settings were not used
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

    // ---- going on from checkpoints ---------------------------------------------------------------------------

    /** Appends epochs to the run on screen (finished, stopped, interrupted or opened) from its newest checkpoint. */
    public void continueRun(int moreEpochs) {
        Path dir = running.get() ? null : shown.dir();
        if (dir == null) {
            message.set(running.get() ? "stop or let the run finish before continuing it"
                    : "continue needs a run: train one, or open one");
            return;
        }
        String name = settings.presetName();
        prepare(() -> Resume.continueRun(dir, moreEpochs), p -> launch(p, name + " (continuing)"));
    }

    /**
     * Starts editing a branch from an epoch of the run on screen: the settings open with the run's configuration and
     * the next Start trains the branch. During a paused run the branch goes from its last complete epoch.
     */
    public void prepareBranch(int epoch) {
        Path dir = shown.dir();
        int from = running.get() ? shown.lastCompleteEpoch() : epoch;
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
            kept = CheckpointFile.epochs(dir);
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
        ExperimentConfig base = shown.config() != null ? shown.config() : settings.configProperty().get();
        int epochs = base.epochs() > from ? base.epochs() : from + base.epochs();
        settings.show(ConfigOverrides.apply(base, Map.of("epochs", epochs)));
        branchFrom.set(from);
        message.set("branch from epoch " + from + ": change the settings, then press Start");
    }

    /** Leaves branch editing; the settings go back to those of the run on screen. */
    public void cancelBranch() {
        branchFrom.set(0);
        if (shown.config() != null) {
            settings.show(shown.config());
        }
    }

    private void startBranch() {
        int from = branchFrom.get();
        ExperimentConfig edited = settings.configProperty().get();
        String name = settings.presetName();
        if (running.get()) {
            // a paused run: stop it (its complete epochs stay), then branch once it has ended
            afterRun = this::startBranch;
            if (control != null) {
                control.stop();
                control.resume();
            }
            return;
        }
        Path parent = shown.dir();
        branchFrom.set(0);
        prepare(() -> {
            Path dir = runsFolder.get().newRun(name, "branch-e" + from, java.time.LocalDateTime.now());
            try {
                return Resume.branch(parent, from, edited, dir);
            } catch (Resume.ResumeException | RuntimeException e) { // refused: no empty folder among the runs
                discardIfEmpty(dir);
                throw e;
            }
        },
                p -> launch(p, name + " (branch from epoch " + from + ")"));
    }

    /** Something that plans a continuation or branch (in the background), refusing bad input with a message. */
    private interface Plan {
        Resume.Prepared make() throws Resume.ResumeException, IOException;
    }

    private void prepare(Plan plan, java.util.function.Consumer<Resume.Prepared> then) {
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

    /** Shows a prepared continuation or branch training, with the epochs it starts from. */
    private void launch(Resume.Prepared p, String title) {
        LiveRun run = new LiveRun();
        TrainingControl ctl = new TrainingControl();
        RunSession session = p.session();
        shown.beginFrom(p.dir(), p.config(), session.earlierMetrics(), p.checkpoint().epoch(), title);
        settings.show(p.config());
        begin(run, ctl);
        totalIterations = session.plan().totalIterations();
        current = session;
        message.set(p.step().describe());
        tasks.start(() -> {
            releaseEarlierRuns();
            try {
                p.train(run, ctl);
            } catch (RuntimeException | Error e) {
                run.finished(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    // ---- the screen ------------------------------------------------------------------------------------------

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
        RunSession session = current;
        if (session != null && session.qualityRows() != shown.quality().size()) {
            shown.updateQuality(session.quality(), session.qualityReal());
        }
        IterationMetrics last = shown.lastIteration();
        if (last != null && totalIterations > 0) {
            double perIteration = last.seconds() / last.iteration();
            long eta = Math.round(perIteration * Math.max(0, totalIterations - last.iteration()));
            progress.set((double) last.iteration() / totalIterations);
            progressText.set(String.format("epoch %d/%d · iteration %d/%d · %s elapsed · ETA %s",
                    last.epoch(), shown.config().epochs(), last.iteration(), totalIterations, clock(last.seconds()),
                    clock(eta)));
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
            IterationMetrics last = shown.lastIteration();
            progressText.set(run.status().name().toLowerCase() + (last == null ? ""
                    : " after " + shown.lastCompleteEpoch() + " complete epochs, iteration " + last.iteration()));
        }
        if (afterRun != null) {
            Runnable next = afterRun;
            afterRun = null;
            next.run();
        }
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
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

    public IntegerProperty branchFromProperty() {
        return branchFrom;
    }
}
