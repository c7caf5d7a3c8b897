package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.records.QualityRow;
import org.ganlab.run.QualityFile;
import org.junit.jupiter.api.Test;

/**
 * What a run's measures are compared with: a reference drawn across the whole (ordered) test set, and a floor
 * measured on as many real images as the run scores samples, never on another count.
 */
class QualityReportTest {
    @Test
    void theReferenceIsDrawnAcrossTheWholeTestSetNotFromOneEnd() {
        List<Integer> all = IntStream.range(0, 10_000).boxed().toList();
        List<Integer> reference = QualityReport.spreadSample(all, 1000, QualityReport.REFERENCE_SEED);
        assertThat(reference).hasSize(1000).doesNotHaveDuplicates();
        // a sample from one end would hold only low or only high indexes; this one has each tenth of the set
        for (int tenth = 0; tenth < 10; tenth++) {
            int from = tenth * 1000;
            assertThat(reference.stream().filter(i -> i >= from && i < from + 1000).count()).as("tenth %d", tenth)
                    .isBetween(60L, 140L);
        }
        assertThat(QualityReport.spreadSample(all, 1000, QualityReport.REFERENCE_SEED)).as("fixed by its seed")
                .isEqualTo(reference);
        assertThat(QualityReport.spreadSample(new ArrayList<>(all.subList(0, 50)), 1000, 1)).hasSize(50);
    }

    @Test
    void theFloorIsMeasuredOnAsManyRealImagesAsTheRunScoresAndFallsWithThatNumber() throws Exception {
        ExperimentConfig eights = ExperimentConfig.baseline().with(Map.of());
        DigitClassifier classifier = DigitClassifier.load(DigitClassifier.shipped());
        QualityRow small = QualityReport.Probe.prepare(eights, classifier, 150).real();
        QualityRow large = QualityReport.Probe.prepare(eights, classifier, 900).real();
        assertThat(Arrays.stream(small.histogram()).sum()).as("images scored at 150").isEqualTo(150);
        assertThat(Arrays.stream(large.histogram()).sum()).as("images scored at 900").isEqualTo(900);
        assertThat(small.epoch()).isEqualTo(QualityFile.REAL);
        // the Frechet distance is biased upward at small samples: the floor at 150 lies well above that at 900
        assertThat(small.frechetDistance()).isGreaterThan(1.5 * large.frechetDistance());
        assertThat(large.frechetDistance()).isPositive();
        // real eights: one digit, a score near 1, precision and recall well above what a collapsed G gets
        assertThat(large.modes()).isEqualTo(1);
        assertThat(large.inceptionScore()).isBetween(1.0, 1.5);
        assertThat(large.precision()).isGreaterThan(0.5);
        assertThat(large.recall()).isGreaterThan(0.5);
        assertThat(QualityReport.realRow(eights, 900)).as("kept per digits and size").isSameAs(large);
    }

    @Test
    void aRunScoredAgainstTheFirstTestImagesIsComparedWithRealImagesScoredAgainstThoseToo() throws Exception {
        ExperimentConfig eights = ExperimentConfig.baseline();
        QualityRow first = QualityReport.realRow(eights, 200, QualityReport.Reference.FIRST);
        QualityRow spread = QualityReport.realRow(eights, 200, QualityReport.Reference.SPREAD);
        assertThat(Arrays.stream(first.histogram()).sum()).isEqualTo(200);
        assertThat(first.frechetDistance()).as("another reference, another floor").isNotEqualTo(spread.frechetDistance());
    }
}
