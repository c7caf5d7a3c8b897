package org.ganlab.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every verdict says where it comes from: a failure of the literature names a paper and its year. */
class VerdictSourceTest {
    @Test
    void everyVerdictNamesItsSourceAndEveryFailureAPaper() {
        for (Verdict v : Verdict.values()) {
            assertThat(v.source()).as(v.label()).isNotBlank();
            if (v != Verdict.DIVERGED && v != Verdict.TOO_EARLY) {
                assertThat(v.source()).as(v.label() + ": a paper and its year")
                        .containsPattern("[A-Z][a-z]+.* (19|20)\\d\\d");
            }
        }
    }
}
