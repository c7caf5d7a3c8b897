package org.ganlab.ui.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.Verdict;
import org.junit.jupiter.api.Test;

/** The verdict strip a back row reads: a cell per epoch, or per run of epochs coloured by their majority. */
class StripBucketsTest {
    private static List<Diagnosis.EpochDiagnosis> epochs(Verdict... verdicts) {
        List<Diagnosis.EpochDiagnosis> list = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            list.add(new Diagnosis.EpochDiagnosis(i + 1, verdicts[i], List.of(), 1, List.of(), 1, null));
        }
        return list;
    }

    @Test
    void aShortRunGetsACellPerEpoch() {
        var buckets = StripBuckets.of(epochs(Verdict.STABLE, Verdict.MODE_COLLAPSE), 40);
        assertThat(buckets).extracting(StripBuckets.Bucket::first).containsExactly(1, 2);
        assertThat(buckets.get(1).tooltip()).isEqualTo("Epoch 2: " + Verdict.MODE_COLLAPSE.label());
    }

    @Test
    void aLongRunIsGroupedAndEachGroupShowsItsMajority() {
        Verdict[] v = new Verdict[10];
        Arrays.fill(v, Verdict.STABLE);
        v[0] = Verdict.CONVERGENCE_FAILURE;
        v[6] = Verdict.MODE_COLLAPSE;
        v[7] = Verdict.MODE_COLLAPSE;
        var buckets = StripBuckets.of(epochs(v), 4); // 3 epochs a cell
        assertThat(buckets).hasSize(4);
        assertThat(buckets).extracting(StripBuckets.Bucket::majority).containsExactly(Verdict.STABLE,
                Verdict.STABLE, Verdict.MODE_COLLAPSE, Verdict.STABLE);
        assertThat(buckets.get(2).tooltip()).isEqualTo("Epochs 7-9: " + Verdict.MODE_COLLAPSE.label() + " 2, "
                + Verdict.STABLE.label() + " 1");
        assertThat(buckets.get(3).first()).isEqualTo(10);
        assertThat(buckets.get(3).last()).isEqualTo(10);
    }
}
