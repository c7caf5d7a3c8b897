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
    /**
     * A preset as the view shows it (the view does not reach into training).
     *
     * @param guide the preset's guide page, or empty
     */
    public record Choice(String name, String title, String description, String guide) {
        static Choice of(PlanePreset p) {
            return new Choice(p.name(), p.title(), p.description(), p.guide() == null ? "" : p.guide());
        }
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    /** The data trained on, by its title: the preset's own until the student picks another. */
    private final ObjectProperty<String> data = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PlaneFrame> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlaneDiagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper total = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Pick a preset and press Start.");
    private final ObservableList<PlaneCheck> checks = FXCollections.observableArrayList();
    /** The read-only view handed out: kept here, as it listens to {@link #checks} only weakly. */
    private final ObservableList<PlaneCheck> readOnlyChecks = FXCollections.unmodifiableObservableList(checks);
    /** The modes of the student's own mixture, and the read-only view handed out. */
    private final ObservableList<double[]> placed = FXCollections.observableArrayList();
    private final ObservableList<double[]> readOnlyPlaced = FXCollections.unmodifiableObservableList(placed);
    private final ReadOnlyObjectWrapper<Before> before = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty showBefore = new javafx.beans.property.SimpleBooleanProperty();
    /** The check shown when scrubbing back; -1 follows the newest picture. */
    private final IntegerProperty viewedCheck = new SimpleIntegerProperty(-1);
    /** Used on the native owner only. */
    private Playground run;
    private List<PlaneFrame> frames = List.of();
    private PlaneFrame live;
    private double speed;
    /** A slice is on the native owner: at most one at a time, whatever Pause, Resume and Start do meanwhile. */
    private boolean sliceInFlight;
    /** Counts runs, so a slice of a run that was replaced does not draw over the new one. */
    private int generation;

    public PlaneModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        choice.addListener((o, a, c) -> data.set(c == null ? null : title(PlanePresets.get(c.name()).settings(1).data())));
        choice.set(Choice.of(PlanePresets.all().get(0)));
        data.addListener((o, a, b) -> {
            if (placing()) {
                status.set(placedStatus());
            }
        });
        viewedCheck.addListener((o, a, b) -> showViewed());
        showBefore.addListener((o, a, b) -> showViewed());
    }

    static List<Choice> choices() {
        return PlanePresets.all().stream().map(Choice::of).toList();
    }

    /** The title of the data a student places with the mouse. */
    static final String DRAWN_TITLE = "Your own: click to place modes";

    /** The data a student can pick, by title: the named shapes, then a mixture of their own. */
    static List<String> dataTitles() {
        List<String> titles = new java.util.ArrayList<>(PlaneData.values().stream().map(PlaneModel::title).toList());
        titles.add(DRAWN_TITLE);
        return titles;
    }

    private static String title(PlaneData d) {
        return switch (d.name()) {
            case "RING_8" -> "Ring of 8 Gaussians";
            case "GRID_25" -> "Grid of 25 Gaussians";
            case "MOONS" -> "Two moons";
            case "LINE" -> "A line";
            case "RING" -> "A ring";
            default -> DRAWN_TITLE;
        };
    }

    /** True while the data picked is the student's own mixture: clicks on the picture place and remove its modes. */
    boolean placing() {
        return DRAWN_TITLE.equals(data.get());
    }

    /** The modes the student placed (x, y in the plane's units), for the picture; the next Start trains on them. */
    ObservableList<double[]> placed() {
        return readOnlyPlaced;
    }

    /**
     * Places a mode at ({@code x}, {@code y}); the status line says why not when the point is too near the edge or
     * the mixture is full. The run on the screen is not changed: the next Start trains on the new mixture.
     */
    void place(double x, double y) {
        double limit = PlaneData.DRAWN_EXTENT - 0.25;
        if (Math.abs(x) > limit || Math.abs(y) > limit) {
            status.set(String.format(Locale.ROOT, "a mode must lie within %.2f of the centre on both axes", limit));
        } else if (placed.size() >= PlaneData.MAX_DRAWN) {
            status.set("at most " + PlaneData.MAX_DRAWN + " modes: right-click one to remove it");
        } else {
            placed.add(new double[] {x, y});
            status.set(placedStatus());
        }
    }

    /** Removes the placed mode nearest ({@code x}, {@code y}), if one lies within half a unit. */
    void removeNear(double x, double y) {
        int nearest = -1;
        double best = 0.5;
        for (int i = 0; i < placed.size(); i++) {
            double d = Math.hypot(placed.get(i)[0] - x, placed.get(i)[1] - y);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest >= 0) {
            placed.remove(nearest);
            status.set(placedStatus());
        }
    }

    /** Removes every placed mode. */
    void clearPlaced() {
        placed.clear();
        status.set(placedStatus());
    }

    private String placedStatus() {
        return placed.isEmpty() ? "Click on the plane to place modes (up to " + PlaneData.MAX_DRAWN + "), then Start."
                : placed.size() + (placed.size() == 1 ? " mode" : " modes")
                + " placed; Start trains the preset on them (right-click removes one).";
    }

    /** The data Start trains on, by title (the preset's own, or the one picked). */
    ObjectProperty<String> dataProperty() {
        return data;
    }

    /** The preset chosen (Start trains it). */
    ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** Chooses the plane preset of this name. */
    public void choose(String name) {
        choice.set(Choice.of(PlanePresets.get(name)));
    }

    IntegerProperty seedProperty() {
        return seed;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The picture on the screen. */
    ReadOnlyObjectProperty<PlaneFrame> shownProperty() {
        return shown.getReadOnlyProperty();
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

    /** The check whose picture is shown, or -1 for the newest picture. */
    IntegerProperty viewedCheckProperty() {
        return viewedCheck;
    }

    /**
     * The run a cure is compared with: the failure's title, verdict, checks and pictures as they were when Cure it was
     * pressed.
     */
    record Before(String title, PlaneDiagnosis diagnosis, List<PlaneCheck> checks, List<PlaneFrame> frames) {
        /** The failure's picture at the check nearest {@code iteration} (its last when the cure has gone further). */
        PlaneFrame at(int iteration) {
            PlaneFrame best = frames.get(0);
            for (PlaneFrame f : frames) {
                if (f.iteration() <= iteration) {
                    best = f;
                }
            }
            return best;
        }
    }

    /** The failure a cure is being compared with, or null. */
    ReadOnlyObjectProperty<Before> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    /** When true (and there is a failure to compare with), the picture shows the failure at the same iteration. */
    javafx.beans.property.BooleanProperty showBeforeProperty() {
        return showBefore;
    }

    /** A new run of the chosen preset and seed, trained from its first iteration. */
    void start() {
        startRun(null);
    }

    private void startRun(Before compared) {
        PlanePreset p = PlanePresets.get(choice.get().name());
        long s = seed.get();
        if (placing() && placed.isEmpty()) {
            status.set(placedStatus());
            return;
        }
        showBefore.set(false);
        before.set(compared);
        int mine = ++generation;
        total.set(p.iterations());
        live = null;
        frames = List.of();
        running.set(true);
        checks.clear();
        diagnosis.set(null);
        viewedCheck.set(-1);
        status.set("building " + p.title() + "…");
        PlaneData shape;
        if (placing()) {
            shape = PlaneData.drawn(List.copyOf(placed));
        } else {
            shape = PlaneData.values().stream().filter(d -> title(d).equals(data.get())).findFirst()
                    .orElse(p.settings(s).data());
        }
        var settings = PlanePreset.with(p.settings(s), java.util.Map.of("data", shape));
        tasks.run(() -> {
            run = new Playground(settings, p.iterations());
            return run.frame();
        }, frame -> {
            if (mine == generation) {
                live = frame;
                shown.set(frame);
                slice(mine);
            }
        }, this::failed);
    }

    /** The remedies of the chosen preset's failure (none for a preset that is not a failure with a cure). */
    List<Choice> cures() {
        Choice c = choice.get();
        return c == null ? List.of() : PlanePresets.curesOf(c.name()).stream().map(Choice::of).toList();
    }

    /**
     * Cure it: the remedy trained on the same seed and the same data, from its first iteration, compared with the
     * failure as far as it had come (its checks in the chart, its pictures one key away).
     */
    void cure(Choice remedy) {
        String trainedOn = data.get();
        Choice failure = choice.get();
        Before compared = frames.isEmpty() || failure == null ? null
                : new Before(failure.title(), diagnosis.get(), List.copyOf(checks), frames);
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
        } else if (live != null && live.iteration() < total.get()) {
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
            live = s.frame();
            frames = s.frames();
            if (checks.size() != s.checks().size()) {
                checks.setAll(s.checks());
                diagnosis.set(s.diagnosis());
            }
            speed = s.speed();
            if (s.finished()) {
                running.set(false);
            }
            showProgress();
            showViewed();
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
        tasks.files(() -> {
            org.ganlab.run.Exports.png(image, file);
            return "saved " + file;
        }, status::set, e -> status.set("could not write " + file + ": " + BackgroundTasks.describe(e)));
    }

    /** Where the run is, in the status line: a slice that lands after Pause still says paused. */
    private void showProgress() {
        if (live == null) {
            return;
        }
        String state = live.iteration() >= total.get() ? " (finished)" : running.get() ? "" : " (paused)";
        status.set(String.format(Locale.ROOT, "iteration %,d of %,d, %.0f iterations per second%s", live.iteration(),
                total.get(), speed, state));
    }

    /** The pictures of the checks so far (for the GIF). */
    List<PlaneFrame> checkFrames() {
        return frames;
    }

    /** Writes pictures drawn for the checks to {@code file} as an animated GIF (in the background). */
    void exportGif(List<java.awt.image.BufferedImage> images, java.nio.file.Path file) {
        tasks.files(() -> {
            org.ganlab.run.ProgressionGif.writeFrames(file, images);
            return "saved " + file;
        }, status::set, e -> status.set("could not write " + file + ": " + BackgroundTasks.describe(e)));
    }

    private void showViewed() {
        int i = viewedCheck.get();
        PlaneFrame f = i >= 0 && i < frames.size() ? frames.get(i) : live;
        Before b = before.get();
        shown.set(showBefore.get() && b != null && f != null ? b.at(f.iteration()) : f);
    }

    private void failed(Exception e) {
        running.set(false);
        status.set("the playground stopped: " + BackgroundTasks.describe(e));
    }
}
