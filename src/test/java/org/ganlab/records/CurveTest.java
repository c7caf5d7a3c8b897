package org.ganlab.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalogue of curves agrees with metrics.csv: each curve reads the column it names. */
class CurveTest {
    @Test
    void everyCurveReadsTheColumnItNames() {
        double[] values = new double[IterationMetrics.COLUMNS.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 0.5 * i / values.length; // every column a different number
        }
        values[0] = 7;
        values[1] = 1;
        IterationMetrics m = IterationMetrics.of(values);
        for (Curve c : Curve.values()) {
            int column = Arrays.asList(IterationMetrics.COLUMNS).indexOf(c.column());
            assertThat(column).as(c + " names a column of metrics.csv").isGreaterThan(1);
            assertThat(c.of(m)).as(c.label()).isEqualTo(values[column]);
        }
    }

    /** Every curve explains itself: what it is, a formula and where it comes from (a paper and its year). */
    @Test
    void everyCurveSaysWhatItIsWithAFormulaAndASource() {
        for (Curve c : Curve.values()) {
            assertThat(c.meaning()).as(c.label()).containsAnyOf("Σ", "‖").containsPattern("[A-Z][a-z]+.* (19|20)\\d\\d");
            assertThat(Curve.labelled(c.label())).contains(c);
        }
    }

    @Test
    void thePanelsKeepTheReferenceFiguresOrderAndColours() {
        assertThat(Curve.Panel.LOSSES.curves()).extracting(Curve::label)
                .containsExactly("D loss real", "D loss fake", "G loss");
        assertThat(Curve.Panel.LOSSES.curves()).extracting(Curve::hex).containsExactly("#1f77b4", "#d62728", "#2ca02c");
        assertThat(Curve.Panel.ACCURACY.curves()).extracting(Curve::label).containsExactly("D acc real", "D acc fake");
    }
}
