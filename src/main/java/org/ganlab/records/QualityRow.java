package org.ganlab.records;

/**
 * One epoch's quality measures as quality.csv keeps them (see {@code run.QualityFile}): digits covered, the reverse
 * KL of the digit histogram, the classifier's score (mean and spread over splits, and the one-pass number),
 * the Frechet distance, precision and recall, and the histogram itself (null when digits.csv lacks the epoch).
 */
public record QualityRow(int epoch, int modes, double kl, double inceptionScore, double inceptionScoreSd,
                         double inceptionScoreOnePass, double frechetDistance, double precision, double recall,
                         int[] histogram) implements PerEpoch {
    /** A row with the one-pass score only (files written before the split score). */
    public QualityRow(int epoch, int modes, double kl, double inceptionScore, double frechetDistance, double precision,
                      double recall, int[] histogram) {
        this(epoch, modes, kl, inceptionScore, Double.NaN, inceptionScore, frechetDistance, precision, recall,
                histogram);
    }
}
