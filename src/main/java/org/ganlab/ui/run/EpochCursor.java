package org.ganlab.ui.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The one owner of the epoch on screen. The run's epochs arrive in order; the cursor either follows the newest (a
 * run training, until someone scrubs back) or stays where it was put: by the slider, a strip cell, the arrow keys,
 * the player. Plain Java: the view model mirrors it into properties and the views only ask it to move.
 */
public final class EpochCursor {
    /** Hears every move: the epoch now shown (0 when there is none) and whether the newest is followed. */
    public interface Listener {
        void moved(int epoch, boolean following);
    }

    private final List<Integer> epochs = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();
    private int selected;
    private boolean following = true;

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** The epoch shown, 0 when the run has none yet. */
    public int selected() {
        return selected;
    }

    /** Whether each new epoch is shown as it arrives. */
    public boolean following() {
        return following;
    }

    public int first() {
        return epochs.isEmpty() ? 0 : epochs.get(0);
    }

    public int last() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1);
    }

    /** A new run: no epochs, and the first to come is shown. */
    public void clear() {
        epochs.clear();
        following = true;
        move(0);
    }

    /** The run goes on (a continuation or branch): the epochs after {@code kept} are gone, the newest is followed. */
    public void continueAfter(int kept) {
        epochs.removeIf(e -> e > kept);
        following = true;
        move(epochs.contains(selected) ? selected : last());
    }

    /** A run opened from its folder: its epochs, the last one shown, nothing followed (the run is over). */
    public void open(List<Integer> all) {
        epochs.clear();
        epochs.addAll(all);
        following = false;
        move(last());
    }

    /** A new epoch of the run training: shown at once when following. */
    public void added(int epoch) {
        epochs.add(epoch);
        if (following) {
            move(epoch);
        }
    }

    /** Someone chose an epoch (slider, strip, test): the nearest epoch the run has; following when it is the newest. */
    public void select(int epoch) {
        if (epochs.isEmpty()) {
            return;
        }
        int chosen = epochs.get(0);
        for (int e : epochs) {
            if (Math.abs(e - epoch) < Math.abs(chosen - epoch)) {
                chosen = e;
            }
        }
        following = chosen == last();
        move(chosen);
    }

    /** One epoch back (negative) or forward (positive) from the one shown; the arrow keys. */
    public void step(int by) {
        if (epochs.isEmpty()) {
            return;
        }
        int index = epochs.indexOf(selected);
        if (index < 0) { // nothing shown yet: the nearest epoch first
            select(selected);
            return;
        }
        select(epochs.get(Math.max(0, Math.min(epochs.size() - 1, index + by))));
    }

    public void toFirst() {
        select(first());
    }

    public void toLast() {
        select(last());
    }

    /** The player's step: the next epoch, or false (and nothing moves) at the last. */
    public boolean advance() {
        int index = epochs.indexOf(selected);
        if (epochs.isEmpty() || index >= epochs.size() - 1) {
            return false;
        }
        select(epochs.get(index + 1));
        return true;
    }

    private void move(int epoch) {
        selected = epoch;
        for (Listener l : List.copyOf(listeners)) {
            l.moved(selected, following);
        }
    }
}
