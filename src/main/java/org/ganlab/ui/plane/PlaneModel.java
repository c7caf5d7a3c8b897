package org.ganlab.ui.plane;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.data.PlaneData;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneFrame;
import org.ganlab.session.Playground;
import org.ganlab.train.PlanePreset;
import org.ganlab.train.PlanePresets;
import org.ganlab.ui.common.BackgroundTasks;

/**
 * The plane playground's state and work, for {@link PlaneView} to bind to: the preset and seed, the run (trained on
 * the native owner in slices of {@link #SLICE_NANOS}, so an image run in the lab and the playground share the owner
 * and the picture is redrawn after every slice), the picture shown (the live one, or a check's when scrubbing back),
 * the checks for the chart and the verdict.
 */
public final class PlaneModel {
    /** Training time per slice: one picture per slice, about 25 a second. */
    static final long SLICE_NANOS = 40_000_000L;

    private final BackgroundTasks tasks;
    private final ObjectProperty<PresetChoice> choice = new SimpleObjectProperty<>();
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    /** The data trained on, by its title: the preset's own until the student picks another. */
    private final ObjectProperty<String> data = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ShownPicture picture = new ShownPicture();
    private final ReadOnlyObjectWrapper<PlaneDiagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper total = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Pick a preset and press Start.");
    private final ObservableList<PlaneCheck> checks = FXCollections.observableArrayList();
    /** The read-only view handed out: kept here, as it listens to {@link #checks} only weakly. */
    private final ObservableList<PlaneCheck> readOnlyChecks = FXCollections.unmodifiableObservableList(checks);
    /** The modes of the student's own mixture. */
    private final PlacingModel placed = new PlacingModel(status::set);
    /** Used on the native owner only. */
    private Playground run;
    private double speed;
    /** A slice is on the native owner: at most one at a time, whatever Pause, Resume and Start do meanwhile. */
    private boolean sliceInFlight;
    /** Counts runs, so a slice of a run that was replaced does not draw over the new one. */
    private int generation;

    public PlaneModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        choice.addListener((o, a, c) -> data.set(c == null ? null
                : DataChoiceModel.of(PlanePresets.get(c.name()).settings(1).data())));
        choice.set(choiceOf(PlanePresets.all().get(0)));
        data.addListener((o, a, b) -> {
            if (placing()) {
                status.set(placed.status());
            }
        });
    }

    private static PresetChoice choiceOf(PlanePreset p) {
        return new PresetChoice(p.name(), p.title(), p.description(), p.guide() == null ? "" : p.guide());
    }

    static List<PresetChoice> choices() {
        return PlanePresets.all().stream().map(PlaneModel::choiceOf).toList();
    }

    /** True while the data picked is the student's own mixture: clicks on the picture place and remove its modes. */
    boolean placing() {
        return DataChoiceModel.DRAWN.equals(data.get());
    }

    /** The modes the student placed, for the picture and the mouse; the next Start trains on them. */
    PlacingModel placed() {
        return placed;
    }

    /** The data Start trains on, by title (the preset's own, or the one picked). */
    ObjectProperty<String> dataProperty() {
        return data;
    }

    /** The preset chosen (Start trains it). */
    ObjectProperty<PresetChoice> choiceProperty() {
        return choice;
    }

    /** Chooses the plane preset of this name. */
    public void choose(String name) {
        choice.set(choiceOf(PlanePresets.get(name)));
    }

    IntegerProperty seedProperty() {
        return seed;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The picture on the screen: the newest, a check's, or the failure's a cure is compared with. */
    ShownPicture picture() {
        return picture;
    }

    ReadOnlyObjectProperty<PlaneDiagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The iterations of the run shown (0 before the first). */
    javafx.beans.property.ReadOnlyIntegerProperty totalProperty() {
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

    private void startRun(BeforeTheCure compared) {
        PlanePreset p = PlanePresets.get(choice.get().name());
        long s = seed.get();
        if (placing() && placed.isEmpty()) {
            status.set(placed.status());
            return;
        }
        picture.reset(compared);
        int mine = ++generation;
        total.set(p.iterations());
        running.set(true);
        checks.clear();
        diagnosis.set(null);
        status.set("building " + p.title() + "…");
        PlaneData shape;
        if (placing()) {
            shape = placed.data();
        } else {
            shape = DataChoiceModel.shape(data.get()).orElse(p.settings(s).data());
        }
        var settings = PlanePreset.with(p.settings(s), java.util.Map.of("data", shape));
        tasks.run(() -> {
            run = new Playground(settings, p.iterations());
            return run.frame();
        }, frame -> {
            if (mine == generation) {
                picture.update(frame, List.of());
                slice(mine);
            }
        }, this::failed);
    }

    /** The remedies of the chosen preset's failure (none for a preset that is not a failure with a cure). */
    List<PresetChoice> cures() {
        PresetChoice c = choice.get();
        return c == null ? List.of() : PlanePresets.curesOf(c.name()).stream().map(PlaneModel::choiceOf).toList();
    }

    /**
     * Cure it: the remedy trained on the same seed and the same data, from its first iteration, compared with the
     * failure as far as it had come (its checks in the chart, its pictures one key away).
     */
    void cure(PresetChoice remedy) {
        String trainedOn = data.get();
        PresetChoice failure = choice.get();
        BeforeTheCure compared = picture.frames().isEmpty() || failure == null ? null
                : new BeforeTheCure(failure.title(), diagnosis.get(), checks, picture.frames());
        choice.set(remedy);
        data.set(trainedOn);
        startRun(compared);
    }

    /** Pauses the run if it is running (the window was closed). */
    public void pause() {
        if (running.get()) {
            pauseOrResume();
        }
    }

    /** Pauses a running run, or goes on with a paused one. */
    void pauseOrResume() {
        if (running.get()) {
            running.set(false);
            showProgress();
        } else if (picture.live() != null && picture.live().iteration() < total.get()) {
            running.set(true);
            slice(generation);
        } else {
            start();
        }
    }

    private record Slice(PlaneFrame frame, List<PlaneCheck> checks, List<PlaneFrame> frames, PlaneDiagnosis diagnosis,
                         double speed, boolean finished) { }

    private void slice(int mine) {
        if (!running.get() || mine != generation || sliceInFlight) {
            return;
        }
        sliceInFlight = true;
        tasks.run(() -> {
            PlaneFrame f = run.advance(SLICE_NANOS);
            return new Slice(f, run.checks(), run.frames(), run.diagnosis(), run.speed(), run.finished());
        }, s -> {
            sliceInFlight = false;
            if (mine != generation) {
                slice(generation); // a run started meanwhile waited for this slice
                return;
            }
            picture.update(s.frame(), s.frames());
            if (checks.size() != s.checks().size()) {
                checks.setAll(s.checks());
                diagnosis.set(s.diagnosis());
            }
            speed = s.speed();
            if (s.finished()) {
                running.set(false);
            }
            showProgress();
            slice(mine);
        }, e -> {
            sliceInFlight = false;
            if (mine == generation) {
                failed(e);
            } else {
                slice(generation);
            }
        });
    }

    /** Writes the picture as shown to {@code file} (in the background; the status line says how it went). */
    void exportPng(java.awt.image.RenderedImage image, java.nio.file.Path file) {
        export(file, f -> org.ganlab.run.Exports.png(image, f));
    }

    /** Writes pictures drawn for the checks to {@code file} as an animated GIF (in the background). */
    void exportGif(List<java.awt.image.BufferedImage> images, java.nio.file.Path file) {
        export(file, f -> org.ganlab.run.ProgressionGif.writeFrames(f, images));
    }

    private interface Writer {
        void write(java.nio.file.Path file) throws java.io.IOException;
    }

    private void export(java.nio.file.Path file, Writer writer) {
        tasks.files(() -> {
            writer.write(file);
            return "saved " + file;
        }, status::set, e -> status.set("could not write " + file + ": " + BackgroundTasks.describe(e)));
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
