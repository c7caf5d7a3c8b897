package org.ganlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window fits the screens classrooms have, and comes back where it was while that place still exists. */
class WindowPlacementTest {
    private static final Rectangle2D HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728); // 1366x768 less a task bar

    @Test
    void aFirstLaunchIsCentredAtTheLaidOutSizeWhereThereIsRoomAndFillsASmallerScreen() {
        assertThat(WindowPlacement.place(null, List.of(HD))).isEqualTo(new Rectangle2D(160, 65, 1600, 950));
        assertThat(WindowPlacement.place(null, List.of(PROJECTOR))).isEqualTo(PROJECTOR);
        assertThat(WindowPlacement.place(null, List.of(LAPTOP))).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
    }

    @Test
    void theLastPlaceIsKeptButNeverLeftOffTheScreen() {
        Rectangle2D last = new Rectangle2D(100, 50, 1200, 700);
        assertThat(WindowPlacement.place(last, List.of(HD))).isEqualTo(last);
        // saved on a large screen, opened on the projector: shrunk and moved onto it
        Rectangle2D big = new Rectangle2D(300, 100, 1600, 950);
        assertThat(WindowPlacement.place(big, List.of(PROJECTOR))).isEqualTo(PROJECTOR);
        // saved on a second screen that is gone: back on the primary one
        Rectangle2D onGoneScreen = new Rectangle2D(2200, 100, 1200, 700);
        assertThat(WindowPlacement.place(onGoneScreen, List.of(HD))).isEqualTo(new Rectangle2D(160, 65, 1600, 950));
        // on a second screen that is still there: stays there
        Rectangle2D second = new Rectangle2D(1920, 0, 1280, 720);
        Rectangle2D onSecond = new Rectangle2D(2000, 20, 1100, 650);
        assertThat(WindowPlacement.place(onSecond, List.of(HD, second))).isEqualTo(onSecond);
    }

    @Test
    void theWindowPlacePresetAndProjectorModeAreRemembered() throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/ganlab/test/" + System.nanoTime());
        try {
            assertThat(WindowPlacement.Remembered.read(prefs)).isEqualTo(new WindowPlacement.Remembered(null, null, false));
            var saved = new WindowPlacement.Remembered(new Rectangle2D(10, 20, 1000, 700), "mode-collapse", true);
            saved.write(prefs);
            assertThat(WindowPlacement.Remembered.read(prefs)).isEqualTo(saved);
        } finally {
            prefs.removeNode();
        }
    }
}
