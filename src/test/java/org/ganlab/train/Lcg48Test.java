package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The image sampler's generator: java.util.Random's draws, and a state that is 18 bytes instead of an object. */
class Lcg48Test {
    private static void sameDraws(Random expected, Random actual) {
        for (int i = 0; i < 1000; i++) {
            assertThat(actual.nextInt(5851)).isEqualTo(expected.nextInt(5851));
            assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
            assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
            assertThat(actual.nextInt(10)).isEqualTo(expected.nextInt(10));
        }
    }

    @Test
    void drawsWhatJavaUtilRandomDrawsFromTheSameSeed() {
        sameDraws(new Random(42), new Lcg48(42));
        sameDraws(new Random(-7), new Lcg48(-7));
    }

    @Test
    void itsStateGoesOnWhereItLeftOffEvenWithASpareGaussian() {
        Lcg48 a = new Lcg48(3);
        a.nextInt(100);
        a.nextGaussian(); // leaves a spare Gaussian in the state
        Lcg48 b = Lcg48.restore(a.state());
        sameDraws(a, b);
        assertThat(a.state()).hasSize(18);
    }

    @Test
    void checkpointsOfEarlierVersionsWithASerialisedRandomAreReadWithoutDeserialising() throws Exception {
        for (int gaussians : new int[] {0, 1}) {
            Random old = new Random(11);
            for (int i = 0; i < 37; i++) {
                old.nextInt(5851);
            }
            for (int i = 0; i < gaussians; i++) {
                old.nextGaussian();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(old);
            }
            sameDraws(old, Lcg48.restore(bytes.toByteArray()));
        }
        assertThatThrownBy(() -> Lcg48.restore(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("image sampler is unreadable");
    }
}
