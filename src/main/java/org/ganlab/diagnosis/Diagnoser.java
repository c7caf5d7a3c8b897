package org.ganlab.diagnosis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.ToDoubleFunction;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PerEpoch;
import org.ganlab.records.QualityRow;
import org.ganlab.records.SampleGrid;

/**
 * Applies {@link Signatures} to recorded metrics and sample grids. Pure: the same record gives the same reading. Safe
 * to reuse from several threads for runs on the same data.
 */
public final class Diagnoser {
    /**
     * A grid with the epoch it belongs to, D's held-out check at that epoch and the digit classifier's reading of G's
     * samples then (each null when not recorded).
     */
    public record EpochSamples(int epoch, SampleGrid grid, HeldOutCheck heldOut, DigitReading digits) implements PerEpoch {
        public EpochSamples(int epoch, SampleGrid grid) {
            this(epoch, grid, null, null);
        }

        public EpochSamples(int epoch, SampleGrid grid, HeldOutCheck heldOut) {
            this(epoch, grid, heldOut, null);
        }

        /** These samples with the classifier's reading of the same epoch from quality.csv, if it has that epoch. */
        public EpochSamples withDigits(List<QualityRow> quality, int dataDigits) {
            return PerEpoch.find(quality, epoch).filter(r -> r.histogram() != null)
                    .map(r -> new EpochSamples(epoch, grid, heldOut,
                            new DigitReading(r.histogram(), r.modes(), r.kl(), dataDigits, r.recall(),
                                    r.frechetDistance())))
                    .orElse(this);
        }
    }

    /**
     * How D's outputs read. With cross-entropy they are probabilities, and losses and D(x) have fixed meanings
     * (0.69 is a guess). With the hinge loss they are scores: a loss of 0 only means "beyond the margin", and G's
     * loss is a score too, so D's standing is read from the sign of each score (accuracy) and the margin
     * E D(x) - E D(G(z)) instead.
     */
    public enum Outputs {
        PROBABILITIES, SCORES;

        /** The reading for a run's configuration (probabilities when it is unknown). */
        public static Outputs of(ExperimentConfig config) {
            return config != null && config.hingeLoss() ? SCORES : PROBABILITIES;
        }
    }

    private final RealReference real;
    private final Outputs outputs;
    private final double realDiversity;
    private final double realNearest;
    /** Measures of grids already judged (a grid's pixels never change; the key compares the pixel array by identity). */
    private final Map<SampleGrid, Measures> measured;

    /**
     * What the diagnosis measures on one grid, once.
     *
     * @param realism  nearest-real distance as a multiple of real images' own (1 = as close as real images come)
     */
    private record Measures(double diversity, List<List<Integer>> groups, double realism) { }

    /** The grid a verdict is judged with: its epoch, D's held-out check and digit reading then, its number of samples. */
    private record Judged(int epoch, HeldOutCheck heldOut, int count, DigitReading digits) {
        Judged(EpochSamples s) {
            this(s.epoch(), s.heldOut(), s.grid().count(), s.digits());
        }
    }

    /** @param real real images of the run's data: the yardsticks of diversity and realism */
    public Diagnoser(RealReference real) {
        this.real = real;
        this.outputs = Outputs.PROBABILITIES;
        this.realDiversity = Diversity.score(real.sample());
        this.realNearest = Realism.nearestDistance(real.sample(), real.reference());
        this.measured = Collections.synchronizedMap(new WeakHashMap<>());
    }

    private Diagnoser(Diagnoser of, Outputs outputs) {
        this.real = of.real;
        this.outputs = outputs;
        this.realDiversity = of.realDiversity;
        this.realNearest = of.realNearest;
        this.measured = of.measured;
    }

    /** This diagnoser reading D's outputs as given (it shares the real images' yardsticks and the grids measured). */
    public Diagnoser reading(Outputs how) {
        return how == outputs ? this : new Diagnoser(this, how);
    }

    public double realDiversity() {
        return realDiversity;
    }

    public Diagnosis diagnose(List<IterationMetrics> metrics, List<EpochSamples> grids) {
        return diagnose(metrics, List.of(), grids);
    }

    /**
     * Judges a run whose first epochs were judged before (a continuation or branch: the earlier epochs' readings
     * come from the run it goes on from, so they are not measured again from their 8-bit pictures).
     *
     * @param earlier readings of the epochs before the first of {@code grids}
     */
    public Diagnosis diagnose(List<IterationMetrics> metrics, List<Diagnosis.EpochDiagnosis> earlier,
                              List<EpochSamples> grids) {
        int first = grids.isEmpty() ? Integer.MAX_VALUE : grids.get(0).epoch();
        List<Diagnosis.EpochDiagnosis> epochs = new ArrayList<>();
        earlier.stream().filter(e -> e.epoch() < first).forEach(epochs::add);
        for (EpochSamples s : grids) {
            List<IterationMetrics> window = metrics.stream().filter(m -> m.epoch() == s.epoch()).toList();
            epochs.add(judgeEpoch(s, window));
        }
        List<IterationMetrics> last = metrics.subList(Math.max(0, metrics.size() - Signatures.WINDOW), metrics.size());
        Judged lastGrid = null;
        Measures lastMeasures = null;
        if (!grids.isEmpty()) {
            EpochSamples s = grids.get(grids.size() - 1);
            lastGrid = new Judged(s);
            lastMeasures = measure(s.grid());
        } else if (!epochs.isEmpty()) {
            // no new grid (stopped early in a continuation): the last earlier reading stands for its grid
            Diagnosis.EpochDiagnosis e = epochs.get(epochs.size() - 1);
            lastGrid = new Judged(e.epoch(), e.heldOut(), SampleGrid.GRID_IMAGES, null);
            lastMeasures = new Measures(e.diversity(), e.duplicateGroups(), e.realism());
        }
        List<String> evidence = new ArrayList<>();
        Verdict verdict = judge(metrics, last, lastGrid, lastMeasures, evidence,
                "the last " + last.size() + " iterations");
        return new Diagnosis(verdict, evidence, epochs, realDiversity);
    }

    private Diagnosis.EpochDiagnosis judgeEpoch(EpochSamples s, List<IterationMetrics> window) {
        List<String> evidence = new ArrayList<>();
        Measures m = measure(s.grid());
        Verdict v = judge(window, window, new Judged(s), m, evidence, "epoch " + s.epoch());
        return new Diagnosis.EpochDiagnosis(s.epoch(), v, evidence, m.diversity(), m.groups(), m.realism(),
                s.heldOut());
    }

    /** A grid's measures, kept per grid, so a diagnoser reused through a live run measures each epoch once. */
    private Measures measure(SampleGrid grid) {
        return measured.computeIfAbsent(grid, g -> new Measures(Diversity.score(g), Diversity.nearDuplicateGroups(g),
                Realism.nearestDistance(g, real.reference()) / realNearest));
    }

    /** @param grid the grid judged with the window, and its measures; both null when there is none yet */
    private Verdict judge(List<IterationMetrics> all, List<IterationMetrics> window, Judged grid,
                          Measures measures, List<String> evidence, String where) {
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
        Double realism = measures == null ? null : measures.realism();
        String looks = realism == null ? null : String.format(Locale.ROOT, "samples of epoch %d lie %.2fx as far "
                + "from their nearest real image as real images do from theirs", grid.epoch(), realism);
        double margin = mean(window, IterationMetrics::margin);
        if (grid != null && grid.digits() != null && grid.digits().collapsed()
                && diversityRatio(measures) < Signatures.DIVERSITY_COLLAPSED) {
            // both witnesses, the pixels and the classifier, see a collapse: that is what a student sees in the grid,
            // whatever D's standing in the last iterations (a G that outruns D piles every sample onto one image
            // while D, in turn, wins or guesses)
            return modeCollapse(grid, measures, evidence, losses);
        }
        Verdict won = outputs == Outputs.SCORES && Double.isFinite(margin)
                ? Standing.scoresWon(margin, accReal, accFake, gLoss, evidence, where)
                : Standing.probabilitiesWon(window, dReal, dFake, accReal, accFake, gLoss, evidence, where);
        if (won != null) {
            evidence.add(losses);
            return won;
        }
        HeldOutCheck held = grid == null ? null : grid.heldOut();
        if (held != null && held.gap() >= Signatures.MEMORY_GAP && held.seen() >= Signatures.MEMORY_SEEN) {
            evidence.add(String.format(Locale.ROOT, "after epoch %d D calls %.0f%% of its training images real but "
                    + "only %.0f%% of real images it has never seen", grid.epoch(), 100 * held.seen(),
                    100 * held.unseen()));
            evidence.add(losses);
            return Verdict.MEMORISING;
        }
        if (accFake < Signatures.D_ACC_FAKE_BLIND && accReal >= Signatures.D_ACC_REAL_BLIND) {
            evidence.add(String.format(Locale.ROOT, "D calls %.0f%% of G's images real over %s (accuracy on fakes "
                    + "%.0f%%, on real images %.0f%%)", 100 * (1 - accFake), where, 100 * accFake, 100 * accReal));
            addIfPresent(evidence, looks);
            evidence.add(losses);
            return Verdict.BLIND_DISCRIMINATOR;
        }
        boolean chance = (accReal + accFake) / 2 <= Signatures.D_ACC_CHANCE
                && (outputs == Outputs.SCORES && Double.isFinite(margin) ? Math.abs(margin) <= Signatures.MARGIN_CHANCE
                        : Math.min(dReal, dFake) >= Signatures.D_LOSS_CHANCE);
        boolean poorRealism = realism != null && realism >= Signatures.REALISM_POOR;
        // the second witness: the digit classifier, which sees strokes where the pixel distance sees only pixels (heard
        // after the collapse check: a collapsed G reaches few real images too)
        DigitReading reading = grid == null ? null : grid.digits();
        boolean unlike = reading != null && reading.unlikeData(grid.epoch());
        if (chance && poorRealism) {
            evidence.add(String.format(Locale.ROOT, "D guesses: mean accuracy %.0f%% and losses %.2f/%.2f over %s "
                    + "(chance is 50%% and 0.69), yet the %s", 50 * (accReal + accFake), dReal, dFake, where, looks));
            if (unlike) {
                evidence.add(reading.describeUnlike(grid.epoch()));
            }
            evidence.add(losses);
            return Verdict.BLIND_DISCRIMINATOR;
        }
        if (grid != null) {
            double diversity = measures.diversity();
            double ratio = diversityRatio(measures);
            int duplicated = measures.groups().stream().mapToInt(List::size).sum();
            DigitReading digits = grid.digits();
            boolean fewDigits = digits != null && digits.collapsed();
            if (ratio < Signatures.DIVERSITY_COLLAPSED || duplicated >= Signatures.DUPLICATES_COLLAPSED || fewDigits) {
                return modeCollapse(grid, measures, evidence, losses);
            }
            if (poorRealism || unlike) {
                double acc = (accReal + accFake) / 2;
                evidence.add(poorRealism ? looks : reading.describeUnlike(grid.epoch()));
                if (poorRealism && unlike) {
                    evidence.add(reading.describeUnlike(grid.epoch()));
                }
                if (acc >= Signatures.D_ACC_WINNING) {
                    evidence.add(String.format(Locale.ROOT, "D is winning: it is right about %.0f%% of the images "
                            + "over %s", 100 * acc, where));
                    evidence.add(losses);
                    return Verdict.CONVERGENCE_FAILURE;
                }
                evidence.add(String.format(Locale.ROOT, "yet D is right about only %.0f%% of the images over %s",
                        100 * acc, where));
                evidence.add(losses);
                return Verdict.BLIND_DISCRIMINATOR;
            }
            evidence.add(String.format(Locale.ROOT, "samples of epoch %d are varied: diversity %.2f against %.2f "
                    + "for real images (%.0f%%)", grid.epoch(), diversity, realDiversity, 100 * ratio));
            addIfPresent(evidence, looks);
            if (digits != null && digits.dataDigits() >= 2) {
                evidence.add(digits.describe(grid.epoch()));
            }
        }
        evidence.add(0, losses);
        return Verdict.STABLE;
    }

    private double diversityRatio(Measures measures) {
        return realDiversity > 0 ? measures.diversity() / realDiversity : 1;
    }

    private Verdict modeCollapse(Judged grid, Measures measures, List<String> evidence, String losses) {
        DigitReading digits = grid.digits();
        if (digits != null && digits.dataDigits() >= 2) {
            evidence.add(digits.describe(grid.epoch()));
        }
        List<List<Integer>> groups = measures.groups();
        evidence.add(String.format(Locale.ROOT, "%d of %d samples of epoch %d fall into %d groups of "
                + "near-duplicates; diversity %.2f against %.2f for real images (%.0f%%)",
                groups.stream().mapToInt(List::size).sum(), grid.count(), grid.epoch(), groups.size(),
                measures.diversity(), realDiversity, 100 * diversityRatio(measures)));
        evidence.add(losses);
        return Verdict.MODE_COLLAPSE;
    }

    private static void addIfPresent(List<String> evidence, String line) {
        if (line != null) {
            evidence.add(line);
        }
    }

    static double mean(List<IterationMetrics> rows, ToDoubleFunction<IterationMetrics> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
