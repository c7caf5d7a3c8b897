package org.ganlab.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.ganlab.records.IterationMetrics;
import org.junit.jupiter.api.Test;

/** One decimation for every chart of iterations, without a toolkit. */
class DecimationTest {
    private static List<IterationMetrics> rows(double... gLoss) {
        List<IterationMetrics> rows = new ArrayList<>();
        for (int i = 0; i < gLoss.length; i++) {
            rows.add(new IterationMetrics(i + 1, 1, 0.5, 0.5, gLoss[i], 0.5, 0.5, 0.5, 0.5, 0, 0, i));
        }
        return rows;
    }

    @Test
    void theBucketIsThePowerOfTwoThatKeepsThePointsUnderTheLimit() {
        assertThat(Decimation.stride(1500, 1500)).isEqualTo(1);
        assertThat(Decimation.stride(1501, 1500)).isEqualTo(2);
        assertThat(Decimation.stride(4500, 1500)).isEqualTo(4);
        assertThat(Decimation.stride(0, 1500)).isEqualTo(1);
    }

    @Test
    void eachBucketIsTheMeanOfItsValuesAtItsLastIterationAndNonFiniteValuesAreLeftOut() {
        var points = new Decimation.Curve(IterationMetrics::gLoss, 2, false)
                .points(rows(1, 3, Double.NaN, 5, 7, 9));
        assertThat(points).containsExactly(new Decimation.Point(2, 2), new Decimation.Point(5, 6),
                new Decimation.Point(6, 9));
    }

    @Test
    void aSmoothedCurveGoesOnAcrossAppendedRows() {
        Decimation.Curve whole = new Decimation.Curve(IterationMetrics::gLoss, 1, true);
        Decimation.Curve inParts = new Decimation.Curve(IterationMetrics::gLoss, 1, true);
        List<IterationMetrics> all = rows(1, 2, 4, 8, 16);
        var expected = whole.points(all);
        var first = inParts.points(all.subList(0, 2));
        var rest = inParts.points(all.subList(2, 5));
        assertThat(first.size() + rest.size()).isEqualTo(5);
        assertThat(rest.get(2)).isEqualTo(expected.get(4));
        // the moving average: 1, 1.1, 1.39, 2.051, 3.4459
        assertThat(expected.get(4).value()).isCloseTo(3.4459, Offset.offset(1e-9));
    }
}
