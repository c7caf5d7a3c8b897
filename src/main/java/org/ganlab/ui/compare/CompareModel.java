package org.ganlab.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.Provenance;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecords;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The two runs of {@link CompareView}: each read from its folder and diagnosed in the background, with a title that
 * says what is shown (or why not). The view binds to the titles and redraws when a run arrives. Compare takes runs of
 * either kind: a run on points goes to the playground, which compares runs on points there (beside the other side's
 * run when that is on points too).
 */
public final class CompareModel implements ViewModel {
    /**
     * A run as Compare shows it.
     *
     * @param branchIteration the iteration it branched from its parent at, or -1
     * @param iterationsPerEpoch its epoch length, 0 when unknown
     */
    public record Shown(List<IterationMetrics> metrics, List<EpochGrid> epochs, int branchIteration,
                        int iterationsPerEpoch) { }

    private final BackgroundTasks tasks;
    @SuppressWarnings("unchecked")
    private final ReadOnlyObjectWrapper<Shown>[] runs = new ReadOnlyObjectWrapper[] {
        new ReadOnlyObjectWrapper<Shown>(), new ReadOnlyObjectWrapper<Shown>()};
    private final ReadOnlyStringWrapper[] titles = {new ReadOnlyStringWrapper("choose a run"),
        new ReadOnlyStringWrapper("choose a run")};

    private final Path[] onPoints = new Path[2];
    private final BiConsumer<Path, Path> playground;

    /** {@code playground}: opens a run on points there, beside a second one unless that is null. */
    public CompareModel(BackgroundTasks tasks, BiConsumer<Path, Path> playground) {
        this.tasks = tasks;
        this.playground = playground;
    }

    /** Side 0 (A) or 1 (B): its run, null until one has been read. */
    public ReadOnlyObjectProperty<Shown> runProperty(int side) {
        return runs[side].getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty(int side) {
        return titles[side].getReadOnlyProperty();
    }

    /** Reads a run in the background for one side, then its verdict; a run on points goes to the playground. */
    public void load(int side, Path dir) {
        titles[side].set("opening " + dir.getFileName() + "…");
        onPoints[side] = null;
        tasks.files(() -> PlaneRunFolder.isRun(dir), points -> {
            if (points) {
                onPoints[side] = dir;
                runs[side].set(null);
                Path other = onPoints[1 - side];
                titles[side].set(dir.getFileName() + ": a run on points, compared in the playground"
                        + (other == null ? " (choose a run on points for the other side to see both there)" : ""));
                playground.accept(other == null || side == 0 ? dir : other, other == null ? null
                        : side == 0 ? other : dir);
            } else {
                loadImages(side, dir);
            }
        }, e -> titles[side].set("cannot open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    private void loadImages(int side, Path dir) {
        tasks.run(() -> RunReader.open(dir), run -> {
            Shown shown = new Shown(run.metrics(), run.epochs(), run.branchIteration(),
                    run.record() != null ? run.record().iterationsPerEpoch() : 0);
            runs[side].set(shown);
            titles[side].set(run.title());
            var config = run.record() != null ? run.record().config() : ExperimentConfig.baseline();
            tasks.run(() -> RunDiagnosis.diagnose(run, RunDiagnosis.realImages(config)).verdict(), verdict -> {
                if (runs[side].get() == shown) {
                    titles[side].set(run.title() + " · " + verdict.label());
                }
            }, e -> titles[side].set(run.title() + " · no verdict (" + BackgroundTasks.describe(e) + ")"));
        }, e -> titles[side].set("cannot open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    /**
     * When {@code run} is a branch whose parent folder exists, tells {@code found} (on the JavaFX thread) the parent's
     * folder and the epoch it branched at; otherwise says nothing.
     */
    public void parentOf(Path run, BiConsumer<Path, Integer> found) {
        if (run == null) {
            return;
        }
        tasks.run(() -> {
            var from = RunRecords.read(run.resolve(RunFiles.CONFIG)).branchedFrom();
            return from != null && Files.isDirectory(Path.of(from.parent()))
                    ? Optional.of(from) : Optional.<Provenance>empty();
        }, parent -> parent.ifPresent(from -> found.accept(Path.of(from.parent()), from.epoch())),
                e -> { }); // not a run with a readable config.json: nothing to offer
    }
}
