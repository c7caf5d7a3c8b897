package org.ganlab.ui.lab;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * Once per screen frame: moves what the trainer produced onto the screen, and while a run trains times the gap
 * since the last frame (the watchdog for a frozen screen).
 */
final class FramePulse extends AnimationTimer {
    private final Runnable pulse;
    private final BooleanSupplier training;
    private final LongConsumer gapMillis;
    private long last;

    FramePulse(Runnable pulse, BooleanSupplier training, LongConsumer gapMillis) {
        this.pulse = pulse;
        this.training = training;
        this.gapMillis = gapMillis;
    }

    @Override
    public void handle(long now) {
        if (last != 0 && training.getAsBoolean()) {
            gapMillis.accept((now - last) / 1_000_000L);
        }
        last = now;
        pulse.run();
    }
}
