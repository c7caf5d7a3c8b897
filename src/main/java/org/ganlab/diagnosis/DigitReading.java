package org.ganlab.diagnosis;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the digit classifier made of N fresh samples of G after an epoch.
 *
 * @param counts     samples given each digit 0-9
 * @param modes      digits with at least 1% of the samples
 * @param kl         reverse KL of the histogram against the data's digits
 * @param dataDigits how many digits the run trains on
 * @param recall     the share of real test images inside the k-NN balls of G's samples (NaN when not measured)
 * @param frechet    Frechet distance to the real test images in the classifier's features (NaN when not measured)
 */
record DigitReading(int[] counts, int modes, double kl, int dataDigits, double recall, double frechet) {
    public DigitReading(int[] counts, int modes, double kl, int dataDigits) {
        this(counts, modes, kl, dataDigits, Double.NaN, Double.NaN);
    }

    int total() {
        return Arrays.stream(counts).sum();
    }

    int commonest() {
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return best;
    }

    /** "G draws 3 of 10 digits; 71% of its 1000 samples are 1s (KL 1.20 against the data)". */
    String describe(int epoch) {
        int top = commonest();
        return String.format(Locale.ROOT, "the digit classifier reads %d of G's samples after epoch %d: G draws "
                + "%d of %d digits; %.0f%% of them are %ds (reverse KL %.2f against the data's digits)", total(),
                epoch, modes, dataDigits, 100.0 * counts[top] / Math.max(1, total()), top, kl);
    }

    /**
     * The classifier's witness that G's samples are not like the data: after the first epoch, from enough
     * samples, its recall is below {@link Signatures#RECALL_POOR}.
     */
    boolean unlikeData(int epoch) {
        return epoch >= Signatures.RECALL_FROM_EPOCH && total() >= Signatures.RECALL_MIN_SAMPLES
                && recall < Signatures.RECALL_POOR; // false for NaN: not measured
    }

    /** "the digit classifier finds G's samples of epoch 4 unlike the data: recall 0.00 (...), Frechet 550". */
    String describeUnlike(int epoch) {
        return String.format(Locale.ROOT, "the digit classifier finds G's samples of epoch %d unlike the real "
                + "images: recall %.2f (below %.2f: they reach almost none of the real images' neighbourhoods), "
                + "Frechet distance %.0f", epoch, recall, Signatures.RECALL_POOR, frechet);
    }

    boolean collapsed() {
        return dataDigits >= 2 && (modes <= Signatures.DIGITS_COVERED_COLLAPSED * dataDigits
                || kl >= Signatures.DIGIT_KL_COLLAPSED);
    }
}
