package org.ganlab.ui.training;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.RunsFolder;
import org.ganlab.session.Resume;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;
import org.ganlab.ui.run.ShownRunModel;
import org.ganlab.ui.settings.SettingsModel;

/**
 * Going on from the run on screen: continuing it from its newest checkpoint, or branching a new run from one of its
 * epochs with edited settings. The checkpoint is read and checked in the background; what is refused is said in the
 * message line, and the prepared run is handed to {@link TrainingModel} to train.
 */
public final class BranchModel implements ViewModel {
    private final TrainingModel training;
    private final BackgroundTasks tasks;
    private final SettingsModel<ExperimentConfig, Preset> settings;
    private final ShownRunModel shown;
    private final StringProperty message;
    private final BooleanProperty busy;
    /** Where branches are trained (one folder each, named by date, time and preset). */
    private final Supplier<RunsFolder> runsFolder;
    /** The epoch the next Start branches from (0: Start begins a new run). */
    private final IntegerProperty branchFrom = new SimpleIntegerProperty(0);

    BranchModel(TrainingModel training, BackgroundTasks tasks, SettingsModel<ExperimentConfig, Preset> settings, ShownRunModel shown,
              StringProperty message, BooleanProperty busy, Supplier<RunsFolder> runsFolder) {
        this.training = training;
        this.tasks = tasks;
        this.settings = settings;
        this.shown = shown;
        this.message = message;
        this.busy = busy;
        this.runsFolder = runsFolder;
    }

    /** Appends epochs to the run on screen (finished, stopped, interrupted or opened) from its newest checkpoint. */
    public void continueRun(int moreEpochs) {
        Path dir = training.runningProperty().get() ? null : shown.dir();
        if (dir == null) {
            message.set(training.runningProperty().get() ? "stop or let the run finish before continuing it"
                    : "continue needs a run: train one, or open one");
            return;
        }
        String name = settings.presetName();
        prepare(() -> Resume.continueRun(dir, moreEpochs), p -> training.launch(p, name + " (continuing)"));
    }

    /**
     * Starts editing a branch from an epoch of the run on screen: the settings open with the run's configuration and
     * the next Start trains the branch. During a paused run the branch goes from its last complete epoch.
     */
    public void prepareBranch(int epoch) {
        Path dir = shown.dir();
        int from = training.runningProperty().get() ? shown.lastCompleteEpoch() : epoch;
        if (dir == null || from < 1) {
            message.set("a branch needs a run with at least one complete epoch");
            return;
        }
        if (training.runningProperty().get() && !training.pausedProperty().get()) {
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
        settings.show(base.with(Map.of("epochs", epochs)));
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

    /** Trains the branch being edited (Start while {@link #branchFromProperty()} is above 0). */
    void start() {
        int from = branchFrom.get();
        ExperimentConfig edited = settings.configProperty().get();
        String name = settings.presetName();
        if (training.stopThen(this::start)) {
            return; // a paused run: stopped (its complete epochs stay), and the branch starts once it has ended
        }
        Path parent = shown.dir();
        branchFrom.set(0);
        prepare(() -> {
            Path dir = runsFolder.get().newRun(name, "branch-e" + from, LocalDateTime.now());
            try {
                return Resume.branch(parent, from, edited, dir);
            } catch (Resume.ResumeException | RuntimeException e) { // refused: no empty folder among the runs
                RunsFolder.discardIfEmpty(dir);
                throw e;
            }
        },
                p -> training.launch(p, name + " (branch from epoch " + from + ")"));
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

    /** The epoch the next Start branches from, or 0 when Start begins a new run. */
    public IntegerProperty branchFromProperty() {
        return branchFrom;
    }
}
