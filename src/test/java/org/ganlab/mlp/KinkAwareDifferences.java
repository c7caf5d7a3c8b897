package org.ganlab.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleSupplier;

/**
 * Checks an exact gradient against central differences, one weight at a time, on a network of LeakyReLU units. A
 * penalty on the input gradient jumps where a unit crosses LeakyReLU's kink, which differentiation (automatic, the
 * papers', ours) does not see; a difference that straddles a kink tells nothing. So each weight's difference is taken
 * at two step sizes: where the two disagree, a kink lies between, and the weight is left out; where they agree, the
 * exact gradient must match them. Few weights may be left out.
 */
public final class KinkAwareDifferences {
    private KinkAwareDifferences() {
    }

    /**
     * @param gradient the exact gradient, laid out as {@code params}
     * @param params   the live parameters the {@code value} reads
     * @param every    check every this many weights
     */
    public static void check(float[] gradient, float[] params, DoubleSupplier value, int every, String what) {
        int checked = 0;
        int straddled = 0;
        for (int i = 0; i < params.length; i += every) {
            double wide = difference(params, i, value, 1e-2);
            double narrow = difference(params, i, value, 2.5e-3);
            checked++;
            if (Math.abs(wide - narrow) > 1e-3 + 0.01 * Math.max(Math.abs(wide), Math.abs(narrow))) {
                straddled++;
                continue;
            }
            assertThat((double) gradient[i]).as("%s, weight %d", what, i)
                    .isCloseTo(narrow, within(2e-3 + 0.03 * Math.abs(narrow)));
        }
        assertThat(straddled).as("%s: weights whose differences straddled a kink, of %d", what, checked)
                .isLessThan(checked / 5 + 1);
    }

    private static double difference(float[] p, int i, DoubleSupplier value, double relative) {
        float keep = p[i];
        double h = relative * Math.max(0.1, Math.abs(keep));
        float up = (float) (keep + h);
        float down = (float) (keep - h);
        p[i] = up;
        double plus = value.getAsDouble();
        p[i] = down;
        double minus = value.getAsDouble();
        p[i] = keep;
        return (plus - minus) / ((double) up - down);
    }
}
