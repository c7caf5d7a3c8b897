package org.ganlab.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the gaps between screen frames while a run trains: a frozen screen shows as a long gap. The view reports
 * each frame; the lab logs the worst gap when a run ends.
 */
public final class FrameWatchdog {
    private static final Logger LOG = LoggerFactory.getLogger(FrameWatchdog.class);
    private static final long SLOW_MILLIS = 100;
    private long worstGap;
    private long frames;
    private long slowFrames;

    /** A new run: forget the last one's frames. */
    public void reset() {
        worstGap = 0;
        frames = 0;
        slowFrames = 0;
    }

    public void record(long millis, int iterations) {
        worstGap = Math.max(worstGap, millis);
        frames++;
        if (millis > SLOW_MILLIS) {
            slowFrames++;
            LOG.debug("frame gap {} ms at {} iterations", millis, iterations);
        }
    }

    public long worstGap() {
        return worstGap;
    }

    public long frames() {
        return frames;
    }

    /** One line for the log. */
    public String summary() {
        return "worst gap between screen frames while training " + worstGap + " ms; " + slowFrames + " of " + frames
                + " frames over " + SLOW_MILLIS + " ms";
    }
}
