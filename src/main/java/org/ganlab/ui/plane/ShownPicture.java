package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.ganlab.records.PlaneFrame;
import org.ganlab.ui.run.EpochCursor;

/**
 * Which picture of the playground is on the screen: the newest one, a check's when the student scrubs back, or,
 * after Cure it or Compare, the other run's picture at the same iteration when the student asks for it.
 */
final class ShownPicture {
    private final ReadOnlyObjectWrapper<PlaneFrame> shown = new ReadOnlyObjectWrapper<>();
    /**
     * The picture on the screen, the lab's own cursor over epochs: checks 1 to n, and after them n + 1, the live
     * picture (the newest, taken after the last slice), which the cursor follows until someone scrubs back.
     */
    private final EpochCursor cursor = new EpochCursor();
    /** The positions the cursor has: every check and the live picture after them (0 before the first picture). */
    private int positions;
    private final ReadOnlyObjectWrapper<ComparedRun> before = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty showBefore = new SimpleBooleanProperty();
    private List<PlaneFrame> frames = List.of();
    private PlaneFrame live;
    /** The folder the run on the screen trains into, or null before its first picture. */
    private Path folder;

    ShownPicture() {
        cursor.addListener((check, following) -> update());
        showBefore.addListener((o, a, b) -> update());
    }

    /** A new run: no pictures yet, following the newest; {@code compared} is the failure it cures, or null. */
    void reset(ComparedRun compared) {
        showBefore.set(false);
        before.set(compared);
        live = null;
        folder = null;
        frames = List.of();
        positions = 0;
        cursor.clear();
    }

    /** The run's newest picture and the pictures of its checks so far, and the folder it trains into. */
    void update(PlaneFrame newest, List<PlaneFrame> checks, Path folder) {
        live = newest;
        this.folder = folder;
        frames = checks;
        while (positions < checks.size() + 1) { // the live picture's place moves on past each new check
            cursor.added(++positions);
        }
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

    /** The folder the run on the screen trains into, or null before its first picture. */
    Path folder() {
        return folder;
    }

    /** The pictures of the checks so far. */
    List<PlaneFrame> frames() {
        return frames;
    }

    /** The picture on the screen. */
    ReadOnlyObjectProperty<PlaneFrame> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Which check is shown (from 1), or the live picture (after the last check): the keys and the slider move it. */
    EpochCursor cursor() {
        return cursor;
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
        int check = cursor.selected();
        PlaneFrame f = check < 1 || check > frames.size() ? live : frames.get(check - 1);
        ComparedRun b = before.get();
        shown.set(showBefore.get() && b != null && f != null ? b.at(f.iteration()) : f);
    }
}
