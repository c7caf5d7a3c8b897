package org.ganlab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.config.Formulas;
import org.ganlab.records.Curve;
import org.ganlab.records.Measure;
import org.junit.jupiter.api.Test;

/** The guide's page of numbers says what the tooltips say: every curve, measure, mark and setting formula. */
class GlossaryTest {
    @Test
    void everyCurveMeasureAndFormulaIsOnThePageWithTheTooltipsOwnWords() {
        List<Glossary.Entry> entries = Glossary.entries();
        List<String> texts = entries.stream().map(Glossary.Entry::text).toList();
        for (Curve c : Curve.values()) {
            assertThat(texts).as(c.label()).contains(c.meaning());
        }
        for (Measure m : Measure.values()) {
            assertThat(texts).as(m.label()).contains(m.meaning());
        }
        assertThat(entries).filteredOn(e -> e.name().equals("Setting: R1 penalty (r1Gamma)")).singleElement()
                .satisfies(e -> assertThat(e.text()).contains(Formulas.of("r1Gamma").orElseThrow().symbols()));
        assertThat(entries).extracting(Glossary.Entry::name).contains("Setting: Loss (loss)", "Frechet distance",
                "G's push").doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(e -> assertThat(e.text()).as(e.name()).containsPattern("(19|20)\\d\\d"));
    }
}
