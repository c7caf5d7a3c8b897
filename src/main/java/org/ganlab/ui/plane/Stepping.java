package org.ganlab.ui.plane;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.PlaneLook;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.ganlab.ui.common.ViewModel;

/**
 * The playground's run one update at a time, for a student to watch the game between the two networks move: a whole
 * iteration (S), the next update alone, D's (D) or G's (G) in the iteration's order (D's steps first, then G's), and
 * slow motion (M), one update a second while the run trains. The update just taken is shown with what it changed,
 * until the next slice of ordinary training.
 */
final class Stepping implements ViewModel {
    /** Slow motion's pace: one update a second, time to read what it changed. */
    static final Duration PACE = Duration.seconds(1);

    private final PlaneRunner runner;
    private final ReadOnlyBooleanProperty running;
    private final BooleanSupplier runToTrain;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<PlaneUpdate> last = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Player> next = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PlaneLook> look = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlaneSettings> settings = new ReadOnlyObjectWrapper<>();
    private final Timeline ticker = new Timeline(new KeyFrame(PACE, e -> tick()));

    /**
     * Steps {@code runner}'s run; {@code running}: the student wants it to train (not paused); {@code runToTrain}:
     * there is a run with iterations left; {@code status}: the status line.
     */
    Stepping(PlaneRunner runner, ReadOnlyBooleanProperty running, BooleanSupplier runToTrain,
             Consumer<String> status) {
        this.runner = runner;
        this.running = running;
        this.runToTrain = runToTrain;
        this.status = status;
        ticker.setCycleCount(Timeline.INDEFINITE);
        running.addListener((o, a, b) -> pace());
        slow.addListener((o, a, b) -> pace());
    }

    /** The update just taken alone and what it changed, or null after ordinary training. */
    ReadOnlyObjectProperty<PlaneUpdate> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** The network the run's next update trains, or null before a run. */
    ReadOnlyObjectProperty<Player> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** Slow motion: while the run trains, one update a second instead of the usual slices. */
    ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** Slow motion on or off. */
    void slow(boolean on) {
        slow.set(on);
        status.accept(on ? "slow motion: while the run trains, one update a second (M again: full speed)"
                : "full speed");
        if (!on && running.get()) {
            runner.slice(); // the slices slow motion held back
        }
    }

    /** One whole iteration of a paused run: D's steps, then G's. */
    void iteration() {
        if (ready("S")) {
            runner.step(PlaneRunner.Stride.ITERATION);
        }
    }

    /**
     * The next update of a paused run alone, when it is {@code network}'s: the iteration's order stays (D's steps,
     * then G's), so the run stepped is the run trained straight; out of turn, the status line says whose turn it is.
     */
    void update(Player network) {
        if (!ready(network.letter())) {
            return;
        }
        Player due = next.get();
        if (due != null && due != network) {
            status.accept(due == Player.G
                    ? "D's steps of this iteration are taken: G's update comes next (G)"
                    : "each iteration begins with D's steps: D's update comes next (D)");
            return;
        }
        runner.step(PlaneRunner.Stride.UPDATE);
    }

    /** A slice or a step has landed: the update it took alone (or null), whose update is next, D's judgement now. */
    void landed(PlaneRunner.Slice s) {
        settings.set(s.settings());
        look.set(s.look());
        last.set(s.update());
        next.set(s.finished() ? null : s.next());
    }

    /** What D makes of the real points and of G's now (its mean judgement of each on the run's fixed probe). */
    ReadOnlyObjectProperty<PlaneLook> lookProperty() {
        return look.getReadOnlyProperty();
    }

    /** The settings of the run on the screen (the networks' sizes), or null before one. */
    ReadOnlyObjectProperty<PlaneSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Whether a step may be taken now; if not, the status line says why ({@code key}: the step's key). */
    private boolean ready(String key) {
        if (running.get() && !slow.get()) {
            status.accept("pause the run first (Space), then step it (" + key + ")");
        } else if (running.get()) {
            status.accept("slow motion takes the updates one a second: pause it (Space) to step them yourself");
        } else if (!runToTrain.getAsBoolean()) {
            status.accept("start a run and pause it, then step it one update at a time (" + key + ")");
        } else {
            return true;
        }
        return false;
    }

    /** Slow motion's clock runs while the run trains slowly, and not otherwise. */
    private void pace() {
        if (slow.get() && running.get()) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private void tick() {
        if (slow.get() && running.get() && !runner.busyProperty().get() && runToTrain.getAsBoolean()) {
            runner.step(PlaneRunner.Stride.UPDATE);
        }
    }
}
