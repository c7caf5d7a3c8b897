package org.ganlab.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ganlab.records.PlaneCheck;

/**
 * The verdict on a run of the plane playground, read from its last checks, with the same names as the image runs'
 * and the numbers that support it:
 * <ul>
 *   <li><b>Diverged</b>: a loss is not a number;</li>
 *   <li><b>Convergence failure</b> (D wins): D's loss near zero (not below it, as a Wasserstein critic's is), D calls
 *       nearly every point of G fake, and few of G's points lie on the data;</li>
 *   <li><b>Too early to tell</b>: fewer than {@value #MIN_CHECKS} checks, or G's points not on the data yet;</li>
 *   <li><b>Stable</b>: G covers all the modes, or all but one in ten (its weights on them may still shift);</li>
 *   <li><b>Oscillation</b>: G covers fewer, and its points move between modes from check to check (the share of
 *       G's points that change mode, half the L1 distance between consecutive mode histograms, is at least
 *       {@value #HOPPING});</li>
 *   <li><b>Mode collapse</b>: G stays on a few of the modes.</li>
 * </ul>
 */
public record PlaneDiagnosis(Verdict verdict, List<String> evidence) {
    /** Checks read: the last this many. */
    public static final int WINDOW = 8;
    public static final int MIN_CHECKS = 4;
    /** Share of G's points that change mode between checks, from which G is said to hop. */
    public static final double HOPPING = 0.3;
    /** Share of G's points on a mode below which G is not on the data yet. */
    public static final double ON_DATA = 0.15;

    public static PlaneDiagnosis of(List<PlaneCheck> checks) {
        if (checks.stream().anyMatch(c -> !Double.isFinite(c.dLoss()) || !Double.isFinite(c.gLoss()))) {
            return new PlaneDiagnosis(Verdict.DIVERGED, List.of("a loss became NaN or infinite"));
        }
        if (checks.size() < MIN_CHECKS) {
            return new PlaneDiagnosis(Verdict.TOO_EARLY, List.of(checks.size() + " of the " + MIN_CHECKS
                    + " checks needed"));
        }
        List<PlaneCheck> w = checks.subList(Math.max(0, checks.size() - WINDOW), checks.size());
        int modes = w.get(0).measures().histogram().length;
        double dLoss = w.stream().mapToDouble(PlaneCheck::dLoss).average().orElse(0);
        double caught = w.stream().mapToDouble(PlaneCheck::dAccFake).average().orElse(0);
        double onData = median(w.stream().mapToDouble(c -> c.measures().highQuality()).toArray());
        int covered = (int) median(w.stream().mapToDouble(c -> c.measures().covered()).toArray());
        double hopping = hopping(w);
        List<String> why = new ArrayList<>();
        String numbers = String.format(Locale.ROOT, "over the last %d checks: %d of %d modes covered (median), "
                + "%.0f%% of G's points on a mode, %.0f%% of them change mode between checks; D's loss %.2f, D calls "
                + "%.0f%% of G's points fake", w.size(), covered, modes, 100 * onData, 100 * hopping, dLoss,
                100 * caught);
        Verdict v;
        // a Wasserstein critic's loss is below 0 whenever it tells real from fake at all: only a loss that cannot fall
        // below 0 (the cross-entropy, the hinge) says that D has won by being near 0
        if (dLoss >= 0 && dLoss < 0.1 && caught > 0.95 && onData < ON_DATA) {
            v = Verdict.CONVERGENCE_FAILURE;
            why.add(String.format(Locale.ROOT, "D wins: its loss is %.2f and it calls %.0f%% of G's points fake, so G's "
                    + "gradient is too weak to move them onto the data", dLoss, 100 * caught));
        } else if (onData < ON_DATA) {
            v = Verdict.TOO_EARLY;
            why.add(String.format(Locale.ROOT, "only %.0f%% of G's points lie on a mode: G has not reached the data",
                    100 * onData));
        } else if (covered >= modes - Math.max(1, modes / 10)) {
            v = Verdict.STABLE;
            why.add(String.format(Locale.ROOT, "G covers %d of the %d modes", covered, modes));
        } else if (hopping >= HOPPING) {
            v = Verdict.OSCILLATION;
            why.add(String.format(Locale.ROOT, "G hops between modes: %.0f%% of its points change mode from one check "
                    + "to the next, and it covers %d of %d at a time", 100 * hopping, covered, modes));
        } else {
            v = Verdict.MODE_COLLAPSE;
            why.add(String.format(Locale.ROOT, "G stays on %d of the %d modes", covered, modes));
        }
        why.add(numbers);
        return new PlaneDiagnosis(v, List.copyOf(why));
    }

    /** The hopping over the last {@link #WINDOW} checks: the share of G's points that change mode between checks. */
    public static double hoppingOf(List<PlaneCheck> checks) {
        return hopping(checks.subList(Math.max(0, checks.size() - WINDOW), checks.size()));
    }

    /** Mean over consecutive checks of the share of G's on-mode points that changed mode (total variation). */
    static double hopping(List<PlaneCheck> w) {
        double sum = 0;
        int pairs = 0;
        for (int i = 1; i < w.size(); i++) {
            int[] a = w.get(i - 1).measures().histogram();
            int[] b = w.get(i).measures().histogram();
            double na = Arrays.stream(a).sum();
            double nb = Arrays.stream(b).sum();
            if (na == 0 || nb == 0) {
                continue;
            }
            double l1 = 0;
            for (int m = 0; m < a.length; m++) {
                l1 += Math.abs(a[m] / na - b[m] / nb);
            }
            sum += l1 / 2;
            pairs++;
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
