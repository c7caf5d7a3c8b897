package org.ganlab.ui.training;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.Player;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingControl;
import org.ganlab.ui.common.ViewModel;

/**
 * A paused run on images stepped by hand: one whole iteration (S), or one network's next update alone, D's (D) or
 * G's (G) in the iteration's order (D's steps first, then G's), or slow motion (M), the next update every second. The
 * update just taken is shown with what it changed ({@link #lastProperty()}) until the run goes on or the student
 * closes it.
 */
public final class PausedSteps implements ViewModel {
    private final Supplier<TrainingControl> control;
    private final BooleanSupplier pausedRun;
    private final StringProperty message;
    /** Slow motion's pace: an update a second, time to read what it changed. */
    static final Duration PACE = Duration.seconds(1);

    private final ReadOnlyObjectWrapper<ImageUpdate> last = new ReadOnlyObjectWrapper<>();
    /** The network whose update comes next in the iteration under way. */
    private Player next = Player.D;
    /** An update was asked for and has not arrived yet: until it does, {@link #next} is not known. */
    private boolean inFlight;
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper();
    private final Timeline ticker = new Timeline(new KeyFrame(PACE, e -> tick()));
    /** Pauses the run (slow motion starts from a running one) and resumes it (slow motion ends). */
    private final Runnable pause;
    private final Runnable resume;

    /**
     * {@code control}: the run's, or null; {@code pausedRun}: a run trains and is paused; {@code pause} and
     * {@code resume} the run's own.
     */
    PausedSteps(Supplier<TrainingControl> control, BooleanSupplier pausedRun, StringProperty message, Runnable pause,
                Runnable resume) {
        this.control = control;
        this.pausedRun = pausedRun;
        this.message = message;
        this.pause = pause;
        this.resume = resume;
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Slow motion: the run's next update every {@link #PACE}, each shown with what it changed. */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** Slow motion on (a running run pauses and takes an update a second) or off (the run trains on at full speed). */
    public void slow(boolean on) {
        if (on == slow.get() || control.get() == null) {
            return;
        }
        if (on) {
            pause.run();
            slow.set(true);
            ticker.play();
            message.set("slow motion: the next update every second (M again: full speed)");
        } else {
            resume.run(); // which ends slow motion (goneOn)
        }
    }

    /** Slow motion's tick: the next update, once the last has landed. */
    private void tick() {
        TrainingControl ctl = control.get();
        if (ctl == null || !pausedRun.getAsBoolean()) {
            stopSlow();
        } else if (ctl.parked() && !inFlight) {
            inFlight = true;
            ctl.update();
        }
    }

    private void stopSlow() {
        ticker.stop();
        slow.set(false);
    }

    /** One iteration of the paused run, then paused again (the curves take it in; an epoch's end shows its grid). */
    public void step() {
        TrainingControl ctl = control.get();
        if (ctl != null && pausedRun.getAsBoolean()) {
            ctl.step();
            goneOn();
        }
    }

    /**
     * The next update alone, when it is {@code player}'s; otherwise the status line says whose comes next (a
     * paused run only).
     */
    public void update(Player player) {
        TrainingControl ctl = control.get();
        if (ctl == null || !pausedRun.getAsBoolean()) {
            message.set("pause the run first (Space): then D and G take one update at a time");
        } else if (inFlight) {
            message.set("the last update is still being taken: one at a time");
        } else if (player != next) {
            message.set(next == Player.D ? "each iteration begins with D's steps: D's update comes next (D)"
                    : "D's steps of this iteration are taken: G's update comes next (G)");
        } else {
            inFlight = true;
            ctl.update();
        }
    }

    /** Whether a paused run's trainer waits at its pause point, with no iteration or update under way. */
    public boolean parked() {
        TrainingControl ctl = control.get();
        return ctl != null && ctl.parked();
    }

    /** The update just taken alone and what it changed, or null. */
    public ReadOnlyObjectProperty<ImageUpdate> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Back to the grid: the update's picture closes. */
    public void close() {
        last.set(null);
    }

    /** An update the trainer took alone (on the FX thread). */
    void arrived(SingleUpdate u) {
        if (u == null) {
            return;
        }
        inFlight = false;
        boolean more = u.number() < u.of();
        next = more ? u.player() : u.player() == Player.D ? Player.G : Player.D;
        message.set(u.describe());
        last.set(u instanceof ImageUpdate image ? image : null);
    }

    /**
     * The run went on (a whole step, resumed, a new run): a new iteration begins, the picture closes, and slow motion
     * ends.
     */
    void goneOn() {
        next = Player.D;
        inFlight = false;
        last.set(null);
        stopSlow();
    }
}
