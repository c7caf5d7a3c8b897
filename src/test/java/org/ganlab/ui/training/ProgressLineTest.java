package org.ganlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private static IterationMetrics at(int iteration, int epoch, double seconds) {
        return new IterationMetrics(iteration, epoch, 0.6, 0.6, 1, 0.7, 0.7, 0.6, 0.4, 1, 1, seconds);
    }

    @Test
    void theTimeLeftFollowsThePaceSoFar() {
        // 100 of 450 iterations in 50 s: 350 left at 0.5 s each is 175 s
        assertThat(ProgressLine.during(at(100, 3, 50), 10, 450))
                .isEqualTo("epoch 3/10 · iteration 100/450 · 0:50 elapsed · ETA 2:55");
    }

    @Test
    void aStoppedRunSaysWhereItStopped() {
        assertThat(ProgressLine.after(RunStatus.STOPPED, 2, at(130, 3, 61))).isEqualTo(
                "stopped after 2 complete epochs, iteration 130");
        assertThat(ProgressLine.after(RunStatus.FAILED, 0, null)).isEqualTo("failed");
    }

    @Test
    void clockIsMinutesAndSeconds() {
        assertThat(ProgressLine.clock(3599.6)).isEqualTo("60:00");
        assertThat(ProgressLine.clock(61)).isEqualTo("1:01");
    }
}
