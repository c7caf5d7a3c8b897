package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.ganlab.config.PlaneSettings;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneLook;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.ganlab.session.Playground;
import org.ganlab.session.PointsSession;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playground's run on the native owner, in slices of {@link #SLICE_NANOS} (so an image run in the lab and the
 * playground share the owner, and the picture is redrawn after every slice): at most one slice at a time, and a
 * slice of a run that was replaced never draws over the new one. The run trains into its folder as it goes
 * ({@link PointsSession}); a run replaced, or the lab closing, stops it there.
 */
final class PlaneRunner implements ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PlaneRunner.class);
    /**
     * Training time per slice: one picture per slice, about 12 a second. Measured on 2 cores under Xvfb, where the
     * drawing shares the cores with training, 80 ms gave plane-stable-ring's 8,000 iterations in 7.4-8.5 s against
     * 8.6-9.2 s at 40 ms (25 pictures a second), three runs each in turn.
     */
    static final long SLICE_NANOS = 80_000_000L;

    /**
     * What a slice hands the screen: the picture now, the checks, their pictures and verdict, the speed, the update a
     * step took alone (null for a slice or a whole iteration), the network the next update trains, what D makes of the
     * real and of G's points now, the run's settings, and the folder it trains into.
     */
    record Slice(PlaneFrame frame, List<PlaneCheck> checks, List<PlaneFrame> frames, PlaneDiagnosis diagnosis,
                 double speed, boolean finished, PlaneUpdate update, Player next, PlaneLook look,
                 PlaneSettings settings, Path folder) {
        static Slice of(PointsSession session, PlaneUpdate update) {
            Playground run = session.playground();
            return new Slice(run.frame(), run.checks(), run.frames(), run.diagnosis(), run.speed(), run.finished(),
                    update, run.next(), run.look(), run.settings(), session.dir());
        }
    }

    /** How far a step goes: one whole iteration (D's steps, then G's), or the next update alone. */
    enum Stride { ITERATION, UPDATE }

    /** The screen the slices land on. */
    interface Screen {
        /** Whether the student wants the run to train (not paused). */
        boolean running();

        /** A slice's result ({@code first}: the run's first picture). */
        void show(Slice s, boolean first);

        void failed(Exception e);
    }

    private final BackgroundTasks tasks;
    private final Screen screen;
    /** The run on the screen and its folder; used on the native owner only. */
    private PointsSession session;
    /** A slice is on the native owner: at most one at a time, whatever Pause, Resume and Start do meanwhile. */
    private final ReadOnlyBooleanWrapper sliceInFlight = new ReadOnlyBooleanWrapper();
    /** A step asked for while a slice was in flight, taken once it lands; null for none. */
    private Stride stepAsked;
    /** Counts runs, so a slice of a run that was replaced does not draw over the new one. */
    private int generation;
    /** When the run on the screen showed its first picture, and whether its end is logged; on the FX thread. */
    private long shownNanos;
    private int shownIteration;
    private boolean endLogged;

    PlaneRunner(BackgroundTasks tasks, Screen screen) {
        this.tasks = tasks;
        this.screen = screen;
    }

    /** A new run (made on the native owner by {@code make}) in place of the last, which stops where it is. */
    void begin(BackgroundTasks.Work<PointsSession> make) {
        int mine = ++generation;
        tasks.run(() -> {
            stopSession(); // the run it replaces ends, its folder saying how far it came
            session = make.call();
            return Slice.of(session, null);
        }, s -> {
            if (mine == generation) {
                shownNanos = System.nanoTime();
                shownIteration = s.frame().iteration();
                endLogged = s.finished();
                screen.show(s, true);
                slice(mine);
            }
        }, screen::failed);
    }

    /** Trains the run on the screen on, slice after slice, while the screen says it runs. */
    void slice() {
        slice(generation);
    }

    private void slice(int mine) {
        if (!screen.running() || mine != generation || sliceInFlight.get()) {
            return;
        }
        train(mine, () -> {
            session.trainFor(SLICE_NANOS);
            return null;
        });
    }

    /**
     * One step of the run on the screen (an iteration, or an update alone), then its picture; asked for while a slice
     * trains, it is taken once that slice lands.
     */
    void step(Stride stride) {
        if (sliceInFlight.get()) {
            stepAsked = stride;
        } else if (session != null) {
            train(generation, stride == Stride.UPDATE ? session::update : () -> {
                session.step(1);
                return null;
            });
        }
    }

    /**
     * Runs {@code work} (a slice or a step) on the native owner, then shows where the run is and goes on: an asked
     * step while paused, the next slice while running, or the slices of a run started meanwhile.
     */
    private void train(int mine, Supplier<PlaneUpdate> work) {
        sliceInFlight.set(true);
        tasks.run(() -> {
            PlaneUpdate update = work.get();
            return Slice.of(session, update);
        }, s -> {
            sliceInFlight.set(false);
            if (mine != generation) {
                slice(generation); // a run started meanwhile waited for this slice
                return;
            }
            screen.show(s, false);
            if (s.finished() && !endLogged) {
                endLogged = true;
                double seconds = (System.nanoTime() - shownNanos) / 1e9;
                int iterations = s.frame().iteration() - shownIteration;
                LOG.info("playground run finished: {} iterations {} s after its first picture, {} a second with the "
                        + "pictures against {} a second of training alone", iterations, String.format("%.1f", seconds),
                        String.format("%.0f", iterations / seconds), String.format("%.0f", s.speed()));
            }
            Stride asked = stepAsked;
            stepAsked = null; // a step asked for before Resume is not taken after the next Pause
            if (asked != null && !screen.running()) {
                step(asked);
                return;
            }
            slice(mine);
        }, e -> {
            sliceInFlight.set(false);
            if (mine == generation) {
                screen.failed(e);
            } else {
                slice(generation);
            }
        });
    }

    /** True while a slice or a step trains on the native owner. */
    ReadOnlyBooleanProperty busyProperty() {
        return sliceInFlight.getReadOnlyProperty();
    }

    /** The folder of the run on the screen, written up to its last check, handed to {@code then}. */
    void folder(Consumer<Path> then) {
        tasks.run(() -> {
            session.flush();
            return session.dir();
        }, then, screen::failed);
    }

    /** Writes the run's folder up to its last check (it was paused). */
    void flush() {
        tasks.run(() -> {
            if (session != null) {
                session.flush();
            }
            return null;
        }, nothing -> { }, screen::failed);
    }

    /** Stops the run on the screen where it is, unless it has finished. */
    void stop() {
        tasks.run(() -> {
            stopSession();
            return null;
        }, nothing -> { }, screen::failed);
    }

    /** On the native owner. */
    private void stopSession() {
        if (session != null) {
            session.stop();
        }
    }
}
