package org.ganlab.session;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.ganlab.diagnosis.Verdict;

/**
 * The one rule by which a remedy's pair counts, for both kinds of data: of at least {@link #SEEDS} seeds run by both
 * arms, on {@link #NEEDED} or more the failure shows a named failure (not Stable, not Too early to tell) and the
 * remedy is Stable on the same seed, and the failure's witness moves the right way on every seed, by the
 * {@link #MARGIN} ({@link #fell}, {@link #rose}). What the witness is depends on the failure and on the kind of
 * data (digits and KL, D's outputs or held-out gap for images; modes, hopping or D's accuracy for points); the rule
 * and the sentence that reports it are the same.
 */
public final class PairRule {
    /** Seeds a pair needs before it is judged. */
    public static final int SEEDS = 5;
    /** Seeds on which the failure must fail, and the remedy be Stable. */
    public static final int NEEDED = 4;
    /**
     * How far a witness must move for it to count as moved: this share of the failure's own figure (of 0.1 at least,
     * so that a figure at 0 must still move), not any improvement however small.
     */
    public static final double MARGIN = 0.10;
    /**
     * How well a cured D that won must still tell real from fake, for both kinds: its D(x) above its D(G(z)) by this
     * much (images), or its accuracy above one half by this much (points). A D held back, not one made blind or
     * turned round (fakes scored above reals).
     */
    public static final double TELLS_APART = 0.05;

    /**
     * A pair judged.
     *
     * @param seeds       seeds both arms ran
     * @param failing     seeds on which the failure showed a named failure
     * @param cured       seeds on which the remedy was Stable
     * @param both        seeds on which both held: the failure failed and the remedy was Stable on the same seed
     * @param everySeed   whether the witness moved the right way on every seed
     */
    public record Judgement(int seeds, long failing, long cured, long both, boolean everySeed) {
        public boolean counts() {
            return seeds >= SEEDS && both >= NEEDED && everySeed;
        }

        /**
         * The sentence under a pair's table: "Failure failed on 5 of 5 seeds, remedy Stable on 4, both on the same
         * seed on 4; {@code witness}: **the pair counts**." ({@code witness} says how the witness moved).
         */
        public String sentence(String witness) {
            return String.format(Locale.ROOT, "Failure failed on %d of %d seeds, remedy Stable on %d, both on the same "
                    + "seed on %d; %s: %s.", failing, seeds, cured, both, witness, counts() ? "**the pair counts**"
                            : seeds < SEEDS ? "fewer than " + SEEDS + " seeds, not judged" : "the pair does not count");
        }
    }

    private PairRule() {
    }

    /** Judges the seeds {@code seeds} of a pair, each read by the three questions of the rule. */
    public static <S> Judgement judge(List<S> seeds, Predicate<S> failureFailed, Predicate<S> remedyStable,
                                      Predicate<S> witnessMoved) {
        return new Judgement(seeds.size(), seeds.stream().filter(failureFailed).count(),
                seeds.stream().filter(remedyStable).count(),
                seeds.stream().filter(s -> failureFailed.test(s) && remedyStable.test(s)).count(),
                !seeds.isEmpty() && seeds.stream().allMatch(witnessMoved));
    }

    /** Whether {@code after} is below {@code before} by the rule's {@link #MARGIN}. */
    public static boolean fell(double before, double after) {
        return after <= before - MARGIN * Math.max(Math.abs(before), 0.1);
    }

    /** Whether {@code after} is above {@code before} by the rule's {@link #MARGIN}. */
    public static boolean rose(double before, double after) {
        return after >= before + MARGIN * Math.max(Math.abs(before), 0.1);
    }

    /** Whether a run's verdict names a failure: not Stable, and not Too early to tell (nor no verdict at all). */
    public static boolean failed(Verdict verdict) {
        return verdict != null && verdict != Verdict.STABLE && verdict != Verdict.TOO_EARLY;
    }

    /** {@link #failed(Verdict)} for a verdict as a record writes it, by its label. */
    public static boolean failed(String label) {
        return failed(Verdict.ofLabel(label).orElse(null));
    }
}
