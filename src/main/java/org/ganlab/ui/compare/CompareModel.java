package org.ganlab.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlaneSettings;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PlaneFrame;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.Provenance;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecords;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The two runs of {@link CompareView}: each read from its folder and diagnosed in the background, with a title that
 * says what is shown (or why not). The view binds to the titles and redraws when a run arrives. Compare takes runs of
 * either kind, side by side in one window: their curves, and a run on images' grid per epoch or a run on points'
 * picture per check.
 */
public final class CompareModel implements ViewModel {
    /**
     * A run as Compare shows it.
     *
     * @param epochs its sample grids per epoch (a run on images; empty on points)
     * @param checks its pictures per check, the first check's first (a run on points; empty on images)
     * @param branchIteration the iteration it branched from its parent at, or -1
     * @param iterationsPerEpoch its epoch (or check) length, 0 when unknown
     */
    public record Shown(List<IterationMetrics> metrics, List<EpochGrid> epochs, List<PlaneFrame> checks,
                        int branchIteration, int iterationsPerEpoch) {
        /** The epochs (or checks, from 1) that have a picture. */
        public List<Integer> pictured() {
            return checks.isEmpty() ? epochs.stream().map(EpochGrid::epoch).toList()
                    : IntStream.rangeClosed(1, checks.size()).boxed().toList();
        }
    }

    private final BackgroundTasks tasks;
    @SuppressWarnings("unchecked")
    private final ReadOnlyObjectWrapper<Shown>[] runs = new ReadOnlyObjectWrapper[] {
        new ReadOnlyObjectWrapper<Shown>(), new ReadOnlyObjectWrapper<Shown>()};
    private final ReadOnlyStringWrapper[] titles = {new ReadOnlyStringWrapper("choose a run"),
        new ReadOnlyStringWrapper("choose a run")};

    public CompareModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Side 0 (A) or 1 (B): its run, null until one has been read. */
    public ReadOnlyObjectProperty<Shown> runProperty(int side) {
        return runs[side].getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty(int side) {
        return titles[side].getReadOnlyProperty();
    }

    /** Reads a run of either kind in the background for one side, then its verdict. */
    public void load(int side, Path dir) {
        titles[side].set("opening " + dir.getFileName() + "…");
        tasks.files(() -> PlaneRunFolder.isRun(dir), points -> {
            if (points) {
                loadPoints(side, dir);
            } else {
                loadImages(side, dir);
            }
        }, e -> titles[side].set("cannot open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    /** A run on points: its metrics, its checks' pictures and the verdict its checks give. */
    private void loadPoints(int side, Path dir) {
        tasks.files(() -> {
            PlaneRunFolder run = PlaneRunFolder.read(dir);
            Path metrics = dir.resolve(RunFiles.METRICS);
            List<IterationMetrics> rows = Files.isRegularFile(metrics) ? RunFiles.readMetrics(metrics).rows()
                    : List.of(); // a folder saved before the kinds shared a layout: pictures and verdict only
            return Map.entry(run, rows);
        }, read -> {
            PlaneRunFolder run = read.getKey();
            runs[side].set(new Shown(read.getValue(), List.of(), run.frames(), -1, PlaneSettings.CHECK_EVERY));
            titles[side].set(dir.getFileName() + " (" + run.preset() + ", on points) · "
                    + PlaneDiagnosis.of(run.checks()).verdict().label());
        }, e -> titles[side].set("cannot open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    private void loadImages(int side, Path dir) {
        tasks.run(() -> RunReader.open(dir), run -> {
            Shown shown = new Shown(run.metrics(), run.epochs(), List.of(), run.branchIteration(),
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
