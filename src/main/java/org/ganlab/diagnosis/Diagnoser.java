package org.ganlab.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganlab.train.IterationMetrics;
import org.ganlab.train.SampleGrid;

/** Applies {@link Signatures} to recorded metrics and sample grids. Pure: the same record gives the same reading. */
public final class Diagnoser {
    /** A grid with the epoch it belongs to. */
    public record EpochSamples(int epoch, SampleGrid grid) { }

    private final double realDiversity;

    /** @param realImages 100 real images of the run's data, the yardstick of diversity */
    public Diagnoser(SampleGrid realImages) {
        this.realDiversity = Diversity.score(realImages);
    }

    public double realDiversity() {
        return realDiversity;
    }

    public Diagnosis diagnose(List<IterationMetrics> metrics, List<EpochSamples> grids) {
        List<Diagnosis.EpochDiagnosis> epochs = new ArrayList<>();
        for (EpochSamples s : grids) {
            List<IterationMetrics> window = metrics.stream().filter(m -> m.epoch() == s.epoch()).toList();
            epochs.add(judgeEpoch(s, window));
        }
        List<IterationMetrics> last = metrics.subList(Math.max(0, metrics.size() - Signatures.WINDOW), metrics.size());
        EpochSamples lastGrid = grids.isEmpty() ? null : grids.get(grids.size() - 1);
        List<String> evidence = new ArrayList<>();
        Verdict verdict = judge(metrics, last, lastGrid, evidence, "the last " + last.size() + " iterations");
        return new Diagnosis(verdict, evidence, epochs, realDiversity);
    }

    private Diagnosis.EpochDiagnosis judgeEpoch(EpochSamples s, List<IterationMetrics> window) {
        List<String> evidence = new ArrayList<>();
        Verdict v = judge(window, window, s, evidence, "epoch " + s.epoch());
        return new Diagnosis.EpochDiagnosis(s.epoch(), v, evidence, Diversity.score(s.grid()),
                Diversity.nearDuplicateGroups(s.grid()));
    }

    private Verdict judge(List<IterationMetrics> all, List<IterationMetrics> window, EpochSamples grid,
                          List<String> evidence, String where) {
        for (IterationMetrics m : all) {
            if (!m.finite()) {
                evidence.add(String.format(Locale.ROOT, "a loss became %s at iteration %d",
                        Double.isNaN(m.dLossReal() + m.dLossFake() + m.gLoss()) ? "NaN" : "infinite", m.iteration()));
                return Verdict.DIVERGED;
            }
        }
        if (window.size() < Signatures.MIN_ITERATIONS) {
            evidence.add(String.format(Locale.ROOT, "only %d iterations so far; at least %d are needed",
                    window.size(), Signatures.MIN_ITERATIONS));
            return Verdict.TOO_EARLY;
        }
        double dFake = mean(window, IterationMetrics::dLossFake);
        double dReal = mean(window, IterationMetrics::dLossReal);
        double accReal = mean(window, IterationMetrics::dAccReal);
        double accFake = mean(window, IterationMetrics::dAccFake);
        double gLoss = mean(window, IterationMetrics::gLoss);
        String losses = String.format(Locale.ROOT, "over %s: D loss real %.3f, fake %.3f; G loss %.2f; D accuracy "
                + "real %.0f%%, fake %.0f%%", where, dReal, dFake, gLoss, 100 * accReal, 100 * accFake);
        if (dFake < Signatures.D_LOSS_WON && accReal >= Signatures.D_ACC_WON && accFake >= Signatures.D_ACC_WON) {
            evidence.add(String.format(Locale.ROOT, "D loss on fakes below %.2f (mean %.3f over %s); D accuracy "
                    + "%.0f%% on real and %.0f%% on fake images", Signatures.D_LOSS_WON, dFake, where,
                    100 * accReal, 100 * accFake));
            evidence.add(losses);
            return Verdict.CONVERGENCE_FAILURE;
        }
        if (gLoss > Signatures.G_LOSS_LOST && accFake >= Signatures.D_ACC_WON) {
            evidence.add(String.format(Locale.ROOT, "G loss %.1f (above %.0f) over %s while D catches %.0f%% of the "
                    + "fakes", gLoss, Signatures.G_LOSS_LOST, where, 100 * accFake));
            evidence.add(losses);
            return Verdict.CONVERGENCE_FAILURE;
        }
        if (grid != null) {
            double diversity = Diversity.score(grid.grid());
            double ratio = realDiversity > 0 ? diversity / realDiversity : 1;
            List<List<Integer>> groups = Diversity.nearDuplicateGroups(grid.grid());
            int duplicated = groups.stream().mapToInt(List::size).sum();
            if (ratio < Signatures.DIVERSITY_COLLAPSED || duplicated >= Signatures.DUPLICATES_COLLAPSED) {
                evidence.add(String.format(Locale.ROOT, "%d of %d samples of epoch %d fall into %d groups of "
                        + "near-duplicates; diversity %.2f against %.2f for real images (%.0f%%)", duplicated,
                        grid.grid().count(), grid.epoch(), groups.size(), diversity, realDiversity, 100 * ratio));
                evidence.add(losses);
                return Verdict.MODE_COLLAPSE;
            }
            evidence.add(String.format(Locale.ROOT, "samples of epoch %d are varied: diversity %.2f against %.2f "
                    + "for real images (%.0f%%)", grid.epoch(), diversity, realDiversity, 100 * ratio));
        }
        evidence.add(0, losses);
        return Verdict.STABLE;
    }

    private static double mean(List<IterationMetrics> rows, java.util.function.ToDoubleFunction<IterationMetrics> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
