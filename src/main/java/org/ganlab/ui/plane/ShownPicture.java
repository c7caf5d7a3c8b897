package org.ganlab.ui.plane;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.ganlab.records.PlaneFrame;

/**
 * Which picture of the playground is on the screen: the newest one, a check's when the student scrubs back, or,
 * after Cure it or Compare, the other run's picture at the same iteration when the student asks for it.
 */
final class ShownPicture {
    private final ReadOnlyObjectWrapper<PlaneFrame> shown = new ReadOnlyObjectWrapper<>();
    /** The check shown when scrubbing back; -1 follows the newest picture. */
    private final IntegerProperty viewedCheck = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<ComparedRun> before = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showBefore = new SimpleBooleanProperty();
    private List<PlaneFrame> frames = List.of();
    private PlaneFrame live;

    ShownPicture() {
        viewedCheck.addListener((o, a, b) -> update());
        showBefore.addListener((o, a, b) -> update());
    }

    /** A new run: no pictures yet, following the newest; {@code compared} is the failure it cures, or null. */
    void reset(ComparedRun compared) {
        showBefore.set(false);
        before.set(compared);
        live = null;
        frames = List.of();
        viewedCheck.set(-1);
    }

    /** The run's newest picture and the pictures of its checks so far. */
    void update(PlaneFrame newest, List<PlaneFrame> checks) {
        live = newest;
        frames = checks;
        update();
    }

    /** Compares the run on the screen with {@code other} (its picture one key away), or with nothing (null). */
    void compareWith(ComparedRun other) {
        showBefore.set(false);
        before.set(other);
        update();
    }

    /** The newest picture, or null before the first. */
    PlaneFrame live() {
        return live;
    }

    /** The pictures of the checks so far. */
    List<PlaneFrame> frames() {
        return frames;
    }

    /** The picture on the screen. */
    ReadOnlyObjectProperty<PlaneFrame> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The check whose picture is shown, or -1 for the newest picture. */
    IntegerProperty viewedCheckProperty() {
        return viewedCheck;
    }

    /** The run the one on the screen is compared with (the failure a cure follows, a saved run), or null. */
    ReadOnlyObjectProperty<ComparedRun> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    /** When true (and there is a run to compare with), the picture shows that run at the same iteration. */
    BooleanProperty showBeforeProperty() {
        return showBefore;
    }

    private void update() {
        int i = viewedCheck.get();
        PlaneFrame f = i >= 0 && i < frames.size() ? frames.get(i) : live;
        ComparedRun b = before.get();
        shown.set(showBefore.get() && b != null && f != null ? b.at(f.iteration()) : f);
    }
}
