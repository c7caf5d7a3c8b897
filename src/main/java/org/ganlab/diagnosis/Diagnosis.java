package org.ganlab.diagnosis;

import java.util.List;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.PerEpoch;

/**
 * The lab's reading of a run: a verdict with its evidence in words and numbers, the same per epoch, and the sample
 * diversity of each epoch against the real images'.
 *
 * @param verdict        for the run (judged on its last iterations and last grid)
 * @param evidence       why, in sentences with the numbers
 * @param epochs         one entry per epoch with a grid
 * @param realDiversity  diversity of 100 real images of the same data
 */
public record Diagnosis(Verdict verdict, List<String> evidence, List<EpochDiagnosis> epochs, double realDiversity) {

    /**
     * One epoch.
     *
     * @param diversity        the grid's diversity
     * @param duplicateGroups  near-duplicate groups (sample indexes), largest first
     * @param realism          mean distance from each sample to its nearest real image, as a multiple of the same
     *                         for real images (1 = as close as real images come; see {@link Realism})
     * @param heldOut          D on training against unseen real images after this epoch, or null (uncapped data)
     */
    public record EpochDiagnosis(int epoch, Verdict verdict, List<String> evidence, double diversity,
                                 List<List<Integer>> duplicateGroups, double realism,
                                 HeldOutCheck heldOut) implements PerEpoch { }

    /** One line: the verdict and its first piece of evidence. */
    public String summary() {
        return verdict.label() + (evidence.isEmpty() ? "" : ": " + evidence.get(0));
    }
}
