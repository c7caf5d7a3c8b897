package org.ganlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule for the size of a grid: whole numbers from 1x, filling the room below that. */
class GridFitTest {
    @Test
    void theLargestWholeScaleThatFitsFromOneUp() {
        // a 10x10 grid of 28-pixel digits is 280 pixels square
        assertThat(GridFit.scale(700, 900, 280, 280)).isEqualTo(2.0);
        assertThat(GridFit.scale(1100, 900, 280, 280)).as("the height limits").isEqualTo(3.0);
        assertThat(GridFit.scale(1200, 1200, 280, 280)).isEqualTo(4.0);
        assertThat(GridFit.scale(420, 900, 280, 280)).as("1.5x would draw some pixels twice as wide as others")
                .isEqualTo(1.0);
    }

    @Test
    void belowOneTheGridFillsTheRoom() {
        assertThat(GridFit.scale(210, 900, 280, 280)).isEqualTo(0.75);
        assertThat(GridFit.scale(0, 900, 280, 280)).as("never vanishes").isEqualTo(0.1);
    }
}
