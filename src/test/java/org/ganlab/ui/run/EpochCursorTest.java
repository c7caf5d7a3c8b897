package org.ganlab.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The epoch on screen as a student drives it: follow a training run, scrub back, play, open a finished run. */
class EpochCursorTest {
    @Test
    void aTrainingRunIsFollowedUntilSomeoneScrubsBackAndAgainFromTheNewest() {
        EpochCursor c = new EpochCursor();
        List<String> heard = new ArrayList<>();
        c.addListener((epoch, following) -> heard.add(epoch + (following ? "f" : "")));
        c.clear();
        c.added(1);
        c.added(2);
        assertThat(c.selected()).isEqualTo(2);
        c.select(1); // the slider dragged back
        c.added(3);
        assertThat(c.selected()).as("a student looking at epoch 1 is not pulled away").isEqualTo(1);
        assertThat(c.following()).isFalse();
        c.toLast(); // the End key: the newest again, and followed
        c.added(4);
        assertThat(c.selected()).isEqualTo(4);
        assertThat(heard).containsExactly("0f", "1f", "2f", "1", "3f", "4f");
    }

    @Test
    void keysStepOneEpochAndStopAtTheEnds() {
        EpochCursor c = new EpochCursor();
        c.open(List.of(1, 2, 3, 5));
        assertThat(c.selected()).as("an opened run shows its last epoch").isEqualTo(5);
        assertThat(c.following()).isFalse();
        c.step(-1);
        assertThat(c.selected()).isEqualTo(3);
        c.step(-5);
        assertThat(c.selected()).isEqualTo(1);
        c.step(-1);
        assertThat(c.selected()).isEqualTo(1);
        c.select(4); // between epochs (a checkpoint every other epoch): the nearest
        assertThat(c.selected()).isIn(3, 5);
        c.toFirst();
        c.step(1);
        assertThat(c.selected()).isEqualTo(2);
    }

    @Test
    void thePlayerWalksToTheLastEpochAndStops() {
        EpochCursor c = new EpochCursor();
        c.open(List.of(1, 2, 3));
        c.toFirst();
        List<Integer> shown = new ArrayList<>(List.of(c.selected()));
        while (c.advance()) {
            shown.add(c.selected());
        }
        assertThat(shown).containsExactly(1, 2, 3);
        assertThat(c.following()).as("at the newest epoch").isTrue();
    }

    @Test
    void aContinuationDropsTheEpochsAfterItsCheckpointAndFollowsTheNewOnes() {
        EpochCursor c = new EpochCursor();
        c.open(List.of(1, 2, 3, 4));
        c.continueAfter(2);
        assertThat(c.selected()).isEqualTo(2);
        assertThat(c.last()).isEqualTo(2);
        c.added(3);
        assertThat(c.selected()).isEqualTo(3);
        c.clear();
        assertThat(c.selected()).isZero();
        c.step(1); // nothing to step through
        assertThat(c.advance()).isFalse();
    }
}
