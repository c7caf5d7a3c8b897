package org.ganlab.ui.training;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.Player;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingControl;
import org.ganlab.ui.common.ViewModel;

/**
 * A paused run on images stepped by hand: one whole iteration (S), or one network's next update alone, D's (D) or
 * G's (G) in the iteration's order (D's steps first, then G's). The update just taken is shown with what it changed
 * ({@link #lastProperty()}) until the run goes on or the student closes it.
 */
public final class PausedSteps implements ViewModel {
    private final Supplier<TrainingControl> control;
    private final BooleanSupplier pausedRun;
    private final StringProperty message;
    private final ReadOnlyObjectWrapper<ImageUpdate> last = new ReadOnlyObjectWrapper<>();
    /** The network whose update comes next in the iteration under way. */
    private Player next = Player.D;

    /** {@code control}: the run's, or null; {@code pausedRun}: a run trains and is paused. */
    PausedSteps(Supplier<TrainingControl> control, BooleanSupplier pausedRun, StringProperty message) {
        this.control = control;
        this.pausedRun = pausedRun;
        this.message = message;
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
        } else if (player != next) {
            message.set(next == Player.D ? "each iteration begins with D's steps: D's update comes next (D)"
                    : "D's steps of this iteration are taken: G's update comes next (G)");
        } else {
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
        boolean more = u.number() < u.of();
        next = more ? u.player() : u.player() == Player.D ? Player.G : Player.D;
        message.set(u.describe());
        last.set(u instanceof ImageUpdate image ? image : null);
    }

    /** The run went on (a whole step, resumed, a new run): a new iteration begins and the picture closes. */
    void goneOn() {
        next = Player.D;
        last.set(null);
    }
}
