package org.ganlab.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.ganlab.records.SampleGrid;
import org.junit.jupiter.api.Test;

class GridImagesTest {
    static SampleGrid ramp() {
        float[] px = new float[100 * 28 * 28];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i % 784) / 392f - 1f;
        }
        return new SampleGrid(100, 28, 1, px);
    }

    @Test
    void darkOnWhiteReversesGreyAndRoundTrips() {
        GridImages.Argb argb = GridImages.render(ramp(), true);
        assertThat(argb.width()).isEqualTo(302);
        assertThat(argb.pixels()[0]).as("background").isEqualTo(0xFFFFFFFF);
        int firstPixel = argb.pixels()[GridImages.GAP * 302 + GridImages.GAP];
        assertThat(firstPixel).as("-1 is white when reversed").isEqualTo(0xFFFFFFFF);
        SampleGrid back = GridImages.read(argb.toBufferedImage(), 100, 28, true);
        for (int i = 0; i < back.pixels().length; i += 97) {
            assertThat(back.pixels()[i]).isCloseTo(ramp().pixels()[i], Offset.offset(0.01f));
        }
    }

    @Test
    void colourIsNeverReversedAndRoundTrips() {
        float[] px = new float[100 * 4 * 4 * 3];
        for (int i = 0; i < px.length; i += 3) {
            px[i] = 220 / 127.5f - 1f; // orange: (220, 95, 40)
            px[i + 1] = 95 / 127.5f - 1f;
            px[i + 2] = 40 / 127.5f - 1f;
        }
        SampleGrid orange = new SampleGrid(100, 4, 3, px);
        GridImages.Argb argb = GridImages.render(orange, true);
        int pixel = argb.pixels()[GridImages.GAP * argb.width() + GridImages.GAP];
        assertThat(pixel).isEqualTo(0xFFDC5F28);
        SampleGrid back = GridImages.read(argb.toBufferedImage(), 100, 4, 3, true);
        assertThat(back.pixels()[0]).isCloseTo(px[0], Offset.offset(0.01f));
        assertThat(back.pixels()[2]).isCloseTo(px[2], Offset.offset(0.01f));
    }

    @Test
    void nearDuplicateGroupsAreOutlinedInTheGapsInTheirOwnColour() {
        GridImages.Argb plain = GridImages.render(ramp(), true);
        GridImages.Argb marked = GridImages.render(ramp(), true, List.of(List.of(0, 11), List.of(5)));
        int w = marked.width();
        // just left of image 0, in the gap: group 0's colour; image 5's top gap: group 1's colour
        assertThat(marked.pixels()[10 * w + 1]).isEqualTo(GridImages.groupColour(0));
        int x5 = GridImages.GAP + 5 * 30 + 10;
        assertThat(marked.pixels()[w + x5]).isEqualTo(GridImages.groupColour(1));
        assertThat(GridImages.groupColour(0)).isNotEqualTo(GridImages.groupColour(1));
        // the generated pixels themselves are untouched
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int at = (GridImages.GAP + y) * w + GridImages.GAP + x;
                assertThat(marked.pixels()[at]).isEqualTo(plain.pixels()[at]);
            }
        }
    }

    @Test
    void dsScoresColourEachImagesPaperPurpleForFakeGreenForRealAndLeaveTheInkDark() {
        float[] scores = new float[100];
        Arrays.fill(scores, Float.NaN);
        scores[0] = 0f;
        scores[1] = 1f;
        scores[2] = 0.5f;
        GridImages.Argb judged = GridImages.renderJudged(ramp(), true, scores);
        GridImages.Argb plain = GridImages.render(ramp(), true);
        int w = judged.width();
        int paper = GridImages.GAP * w + GridImages.GAP; // pixel 0 of each image is -1: paper
        int step = 28 + GridImages.GAP;
        assertThat(judged.pixels()[paper]).as("called fake").isEqualTo(GridImages.SAYS_FAKE);
        assertThat(judged.pixels()[paper + step]).as("called real").isEqualTo(GridImages.SAYS_REAL);
        assertThat(judged.pixels()[paper + 2 * step]).as("unsure").isEqualTo(GridImages.UNSURE);
        assertThat(judged.pixels()[paper + 3 * step]).as("not judged").isEqualTo(plain.pixels()[paper + 3 * step]);
        int ink = paper + 27 * w + 27; // the last pixel of image 0 is +1: full ink
        assertThat(judged.pixels()[ink]).as("ink stays black").isEqualTo(0xFF000000);
        assertThat(judged.pixels()[0]).as("the gaps stay white").isEqualTo(0xFFFFFFFF);
        assertThat(GridImages.judgementColour(0.75)).as("between white and green")
                .isNotIn(GridImages.UNSURE, GridImages.SAYS_REAL);
    }
}
