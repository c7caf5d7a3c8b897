package org.ganlab.session;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.Signatures;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;

/**
 * Each remedy preset on images against the failure it cures ({@link Preset#cures()}), seed by seed, from a sweep's
 * folders: both arms' verdicts, the failure's own witness in both arms and the wall time of each. A pair counts by the
 * one {@link PairRule} of both kinds of data; the witness, for images:
 * digits covered up and KL down for a collapse; D(x) down, D(G(z)) up, D(x) still above D(G(z)) by
 * {@link PairRule#TELLS_APART}, and G's loss down for a D that wins (G's loss only when both arms define it alike: the saturating loss, the usual one and the hinge are on different scales); the
 * held-out gap down for memorising; for a D with batch norm updated on real and fake images stacked together, D(x)
 * down, D(G(z)) up and D's two steps agreeing (G's step sees the fakes as D's own step does); the Frechet distance down
 * for every failure.
 */
public final class CurePairs {
    public static final String CSV = "pairs.csv";
    public static final String MARKDOWN = "pairs.md";
    /** Which witness a failure is judged by, from the verdict it promises. */
    public enum Witness {
        COLLAPSE, D_WINS, MEMORISING, STEPS_DISAGREE;

        /**
         * The witness of a failure preset: from its promised verdict, except for a D with batch norm updated on a
         * combined batch, whose failure is that its own step and G's step judge the same fakes differently.
         */
        public static Witness of(Preset failure) {
            ExperimentConfig c = failure.config();
            return c.combinedBatch() && c.discBatchNorm() ? STEPS_DISAGREE : of(failure.expect());
        }

        /** The witness of a failure that promises the verdict labelled {@code expect}. */
        public static Witness of(String expect) {
            if (Verdict.MODE_COLLAPSE.label().equals(expect)) {
                return COLLAPSE;
            }
            return Verdict.MEMORISING.label().equals(expect) ? MEMORISING : D_WINS;
        }
    }

    /**
     * One arm of one seed: its verdict and figures (NaN when not recorded).
     *
     * @param digits  digits the classifier finds in G's samples after the last epoch
     * @param kl      their reverse KL against the data's digits
     * @param dx      mean D(x) over the last {@link Signatures#WINDOW} iterations
     * @param dgz     mean D(G(z)) over them
     * @param gLoss   mean G loss over them
     * @param gap     D's accuracy on its training images minus on unseen ones, last epoch
     * @param frechet Frechet distance to the test images, last epoch
     * @param seconds the run's training time
     * @param gLossKind what G's loss is: "usual", "saturating", "hinge" or "feature matching"
     * @param disagreement how much higher G's step scores the fakes than D's step: e^(-G loss) - D(G(z)), the mean over
     *                     the last {@link Signatures#WINDOW} iterations (near 0 when the steps agree); NaN unless G's
     *                     loss is the usual -log D(G(z))
     */
    public record Arm(String verdict, double digits, double kl, double dx, double dgz, double gLoss, double gap,
                      double frechet, double seconds, String gLossKind, double disagreement) {
        /** The arm's figures from a run folder (as a sweep records it, or a whole run). */
        public static Arm read(Path folder) throws IOException {
            Diagnosis d = RunDiagnosis.read(folder);
            List<IterationMetrics> m = Files.isRegularFile(folder.resolve(RunFiles.METRICS))
                    ? RunFiles.readMetrics(folder.resolve(RunFiles.METRICS)).rows() : List.of();
            List<IterationMetrics> last = m.subList(Math.max(0, m.size() - Signatures.WINDOW), m.size());
            List<QualityRow> q = QualityFile.read(folder.resolve(QualityFile.FILE));
            QualityRow lastQ = q.isEmpty() ? null : q.get(q.size() - 1);
            var lastEpoch = d == null || d.epochs().isEmpty() ? null : d.epochs().get(d.epochs().size() - 1);
            String kind = lossKind(RunRecords.read(folder.resolve(RunFiles.CONFIG)).config());
            double gap = lastEpoch == null || lastEpoch.heldOut() == null ? Double.NaN : lastEpoch.heldOut().gap();
            return new Arm(d == null ? "" : d.verdict().label(), lastQ == null ? Double.NaN : lastQ.modes(),
                    lastQ == null ? Double.NaN : lastQ.kl(), mean(last, IterationMetrics::dReal),
                    mean(last, IterationMetrics::dFake), mean(last, IterationMetrics::gLoss), gap,
                    lastQ == null ? Double.NaN : lastQ.frechetDistance(),
                    m.isEmpty() ? Double.NaN : m.get(m.size() - 1).seconds(),
                    kind, kind.equals("usual") ? mean(last, r -> Math.exp(-r.gLoss()) - r.dFake()) : Double.NaN);
        }

        private static String lossKind(ExperimentConfig c) {
            return c.featureMatching() ? "feature matching" : c.hingeLoss() ? "hinge"
                    : c.saturatingGenLoss() ? "saturating" : "usual";
        }

        boolean stable() {
            return Verdict.STABLE.label().equals(verdict);
        }
    }

    /** One seed of a pair. */
    public record Seed(long seed, Arm failure, Arm remedy) {
        /** Whether the remedy moved the failure's witness the right way, and the Frechet distance down. */
        public boolean witnessMoved(Witness w) {
            return ownWitnessMoved(w) && PairRule.fell(failure.frechet, remedy.frechet);
        }

        /** Whether the remedy moved the failure's own witness (not the Frechet distance) the right way. */
        public boolean ownWitnessMoved(Witness w) {
            return switch (w) {
                case COLLAPSE -> remedy.digits >= failure.digits && PairRule.fell(failure.kl, remedy.kl);
                case D_WINS -> PairRule.fell(failure.dx, remedy.dx) && PairRule.rose(failure.dgz, remedy.dgz)
                        && remedy.dx - remedy.dgz >= PairRule.TELLS_APART
                        && (!remedy.gLossKind.equals(failure.gLossKind) || PairRule.fell(failure.gLoss, remedy.gLoss));
                case MEMORISING -> PairRule.fell(failure.gap, remedy.gap);
                case STEPS_DISAGREE -> PairRule.fell(failure.dx, remedy.dx) && PairRule.rose(failure.dgz, remedy.dgz)
                        && PairRule.fell(Math.abs(failure.disagreement), Math.abs(remedy.disagreement));
            };
        }
    }

    /** A remedy preset, the failure it cures, the settings that differ and every seed both arms have. */
    public record Pair(Preset failure, Preset remedy, List<String> changes, List<Seed> seeds) {
        public Witness witness() {
            return Witness.of(failure);
        }

        /** The pair by the one rule: the failure failing, the remedy Stable, the witness and Frechet distance. */
        public PairRule.Judgement judgement() {
            return PairRule.judge(seeds, s -> PairRule.failed(s.failure().verdict()),
                    s -> s.remedy().stable(), s -> s.witnessMoved(witness()));
        }

        public long failing() {
            return judgement().failing();
        }

        public long cured() {
            return judgement().cured();
        }

        public boolean witnessMovedEverywhere() {
            return judgement().everySeed();
        }

        /** The pair's claim holds on these seeds. */
        public boolean counts() {
            return judgement().counts();
        }
    }

    private CurePairs() {
    }

    /** Every pair with both arms in the sweep's folder (cells {@code PRESET/seed-S}), in the lab's order. */
    public static List<Pair> pairs(Path sweep) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (Preset remedy : Presets.all()) {
            if (remedy.cures() == null) {
                continue;
            }
            Preset failure = Presets.get(remedy.cures());
            List<Seed> seeds = new ArrayList<>();
            for (long seed = 1; seed <= 100; seed++) {
                Path f = sweep.resolve(failure.name()).resolve("seed-" + seed);
                Path r = sweep.resolve(remedy.name()).resolve("seed-" + seed);
                if (Sweep.done(f) && Sweep.done(r)) {
                    seeds.add(new Seed(seed, Arm.read(f), Arm.read(r)));
                }
            }
            if (!seeds.isEmpty()) {
                pairs.add(new Pair(failure, remedy, Presets.remedyChanges(remedy, failure), seeds));
            }
        }
        return pairs;
    }

    /** Writes pairs.csv and pairs.md into the sweep's folder; returns the pairs (none: nothing is written). */
    public static List<Pair> write(Path sweep) throws IOException {
        List<Pair> pairs = pairs(sweep);
        if (pairs.isEmpty()) {
            return pairs;
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("failure", "remedy", "change",
                "seed", "arm", "verdict", "digits_covered", "kl", "d_x", "d_g_z", "g_loss", "held_out_gap",
                "frechet_distance", "seconds").setRecordSeparator('\n').build())) {
            for (Pair p : pairs) {
                for (Seed s : p.seeds()) {
                    for (Arm a : List.of(s.failure(), s.remedy())) {
                        out.printRecord(p.failure().name(), p.remedy().name(), String.join(" ", p.changes()), s.seed(),
                                a == s.failure() ? "failure" : "remedy", a.verdict(), f(a.digits(), 0), f(a.kl(), 3),
                                f(a.dx(), 3), f(a.dgz(), 3), f(a.gLoss(), 3), f(a.gap(), 3), f(a.frechet(), 1),
                                f(a.seconds(), 0));
                    }
                }
            }
        }
        AtomicFiles.writeString(sweep.resolve(CSV), csv.toString());
        AtomicFiles.writeString(sweep.resolve(MARKDOWN), markdown(pairs));
        return pairs;
    }

    /** One table per pair: seeds down, both arms' verdicts and the witness across; then whether the pair counts. */
    static String markdown(List<Pair> pairs) {
        StringBuilder md = new StringBuilder();
        for (Pair p : pairs) {
            md.append("### ").append(p.remedy().name()).append(" cures ").append(p.failure().name()).append("\n\n");
            md.append("Changed: ").append(p.changes().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                    .append(". Witness: ").append(witnessText(p.witness())).append(", each moving by ")
                    .append(Math.round(PairRule.MARGIN * 100)).append("% of the failure's figure or more.\n\n");
            md.append("| seed | failure | remedy | ").append(columns(p.witness())).append(" | Frechet | seconds |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (Seed s : p.seeds()) {
                md.append("| ").append(s.seed()).append(" | ").append(s.failure().verdict()).append(" | ")
                        .append(s.remedy().verdict()).append(" | ").append(witness(p.witness(), s)).append(" | ")
                        .append(f(s.failure().frechet(), 0)).append(" -> ").append(f(s.remedy().frechet(), 0))
                        .append(" | ").append(f(s.failure().seconds(), 0)).append(" / ").append(f(s.remedy().seconds(), 0))
                        .append(" |\n");
            }
            boolean own = p.seeds().stream().allMatch(x -> x.ownWitnessMoved(p.witness()));
            md.append('\n').append(p.judgement().sentence(p.witnessMovedEverywhere()
                    ? "witness and Frechet distance moved the right way on every seed"
                    : own ? "the witness moved the right way on every seed, the Frechet distance did not"
                    : "the witness did not move the right way on every seed")).append("\n\n");
        }
        return md.toString();
    }

    private static String witnessText(Witness w) {
        return switch (w) {
            case COLLAPSE -> "digits covered (up) and KL against the data's digits (down)";
            case D_WINS -> "D(x) (down), D(G(z)) (up) with D(x) still above it by " + PairRule.TELLS_APART + " or more (a D "
                    + "held back, not blinded or turned round), and G's loss (down, when both arms use the same G loss) over the last 60 "
                    + "iterations";
            case MEMORISING -> "D's held-out gap, training images minus unseen ones (down)";
            case STEPS_DISAGREE -> "D(x) (down) and D(G(z)) (up) in D's step, and how much higher G's step scores the "
                    + "same kind of fakes, e^(-G loss) - D(G(z)) (down towards 0), over the last 60 iterations";
        };
    }

    private static String columns(Witness w) {
        return switch (w) {
            case COLLAPSE -> "digits, KL";
            case D_WINS -> "D(x), D(G(z)), G loss";
            case MEMORISING -> "held-out gap";
            case STEPS_DISAGREE -> "D(x), D(G(z)), G's step minus D's";
        };
    }

    private static String witness(Witness w, Seed s) {
        Arm a = s.failure();
        Arm b = s.remedy();
        return switch (w) {
            case COLLAPSE -> f(a.digits(), 0) + " -> " + f(b.digits(), 0) + ", " + f(a.kl(), 2) + " -> " + f(b.kl(), 2);
            case D_WINS -> f(a.dx(), 2) + " -> " + f(b.dx(), 2) + ", " + f(a.dgz(), 2) + " -> " + f(b.dgz(), 2) + ", "
                    + f(a.gLoss(), 2) + " -> " + f(b.gLoss(), 2);
            case MEMORISING -> f(a.gap(), 2) + " -> " + f(b.gap(), 2);
            case STEPS_DISAGREE -> f(a.dx(), 2) + " -> " + f(b.dx(), 2) + ", " + f(a.dgz(), 2) + " -> " + f(b.dgz(), 2)
                    + ", " + f(a.disagreement(), 2) + " -> " + f(b.disagreement(), 2);
        };
    }

    private static String f(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static double mean(List<IterationMetrics> rows, ToDoubleFunction<IterationMetrics> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }
}
