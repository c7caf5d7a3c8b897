package org.ganlab.session;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one rule by which a remedy's pair counts, for both kinds of data: on at least {@link #SEEDS} seeds run by both
 * arms, the failure is not Stable on {@link #NEEDED} or more, the remedy is Stable on {@link #NEEDED} or more, and the
 * failure's witness moves the right way on every seed. What the witness is depends on the failure and on the kind of
 * data (digits and KL, D's outputs or held-out gap for images; modes, hopping or D's accuracy for points); the rule
 * and the sentence that reports it are the same.
 */
public final class PairRule {
    /** Seeds a pair needs before it is judged. */
    public static final int SEEDS = 5;
    /** Seeds on which the failure must fail, and the remedy be Stable. */
    public static final int NEEDED = 4;

    /**
     * A pair judged.
     *
     * @param seeds       seeds both arms ran
     * @param failing     seeds on which the failure was not Stable
     * @param cured       seeds on which the remedy was Stable
     * @param everySeed   whether the witness moved the right way on every seed
     */
    public record Judgement(int seeds, long failing, long cured, boolean everySeed) {
        public boolean counts() {
            return seeds >= SEEDS && failing >= NEEDED && cured >= NEEDED && everySeed;
        }

        /**
         * The sentence under a pair's table: "Failure not Stable on 5 of 5 seeds, remedy Stable on 4; {@code witness}:
         * **the pair counts**." ({@code witness} says how the witness moved).
         */
        public String sentence(String witness) {
            return String.format(Locale.ROOT, "Failure not Stable on %d of %d seeds, remedy Stable on %d; %s: %s.",
                    failing, seeds, cured, witness, counts() ? "**the pair counts**"
                            : seeds < SEEDS ? "fewer than " + SEEDS + " seeds, not judged" : "the pair does not count");
        }
    }

    private PairRule() {
    }

    /** Judges the seeds {@code seeds} of a pair, each read by the three questions of the rule. */
    public static <S> Judgement judge(List<S> seeds, Predicate<S> failureFailed, Predicate<S> remedyStable,
                                      Predicate<S> witnessMoved) {
        return new Judgement(seeds.size(), seeds.stream().filter(failureFailed).count(),
                seeds.stream().filter(remedyStable).count(), !seeds.isEmpty() && seeds.stream().allMatch(witnessMoved));
    }
}
