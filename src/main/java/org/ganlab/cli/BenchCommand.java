package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganlab.backend.Backend;
import org.ganlab.backend.NativeOwner;
import org.ganlab.backend.Profile;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.ImageDataset;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.session.QualityReport;
import org.ganlab.session.SavedGenerators;
import org.ganlab.train.LatentWalk;
import org.ganlab.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the reference iteration and prints {@code ms_per_iteration=<median>}. */
@Command(name = "bench", description = "Time training iterations (default: the stable preset, batch 128).")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ExperimentOptions experiment = new ExperimentOptions();

    @Option(names = "--iterations", defaultValue = "20", description = "Timed iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed iterations first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--walks", description = "Train on a native owner, as the lab does, while latent walks are asked "
            + "for without pause (one after another, each as soon as the last is shown): the cost of the screen's "
            + "requests to training.")
    boolean walks;

    @Option(names = "--quality", description = "Also time the sample-quality measures of one epoch (qualitySamples "
            + "fresh samples through G and the digit classifier, then the measures), seven times after an untimed one, and print the medians and their "
            + "share of an epoch of the timed iterations.")
    boolean quality;

    @Spec
    CommandSpec spec;

    /** Timed iterations are kept one number each; far more than a benchmark needs for a steady median. */
    static final int MAX_ITERATIONS = 10_000;

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || iterations > MAX_ITERATIONS || warmup < 0 || warmup > MAX_ITERATIONS) {
            throw new GanLabCli.BadArgumentException("--iterations and --warmup: out of range; allowed: --iterations "
                    + "1 to " + MAX_ITERATIONS + ", --warmup 0 to " + MAX_ITERATIONS);
        }
        ExperimentConfig config = experiment.resolve();
        ImageDataset data = Datasets.load(config);
        Trainer trainer = new Trainer(config, data);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Backend.describe());
        out.println("preset=" + experiment.preset + " batch=" + config.batchSize() + " warmup=" + warmup
                + " iterations=" + iterations);
        double[] ms;
        if (walks) {
            ms = besideWalks(config, data, trainer, out);
        } else {
            ms = trainer.benchmark(warmup, iterations);
        }
        if (Boolean.getBoolean("ganlab.profile")) {
            out.print(Profile.report(warmup + iterations));
        }
        double median = median(ms);
        out.printf(Locale.ROOT, "min_ms=%.0f max_ms=%.0f%n", Arrays.stream(ms).min().orElse(0),
                Arrays.stream(ms).max().orElse(0));
        out.printf(Locale.ROOT, "ms_per_iteration=%.0f%n", median);
        if (quality) {
            qualityShare(config, data, trainer, median, out);
        }
        out.flush();
        return 0;
    }

    /** Timed passes of the measures, of which the median is reported (one pass varies by a factor of two here). */
    private static final int QUALITY_REPEATS = 7;

    /** The measures of one epoch, timed {@link #QUALITY_REPEATS} times after one untimed pass, against an epoch. */
    private static void qualityShare(ExperimentConfig config, ImageDataset data, Trainer trainer, double msPerIteration,
                                     PrintWriter out) throws IOException {
        int samples = config.qualitySamples();
        if (samples <= 0) {
            throw new GanLabCli.BadArgumentException("--quality: qualitySamples is 0; give it a number of samples");
        }
        long t0 = System.nanoTime();
        var probe = QualityReport.Probe.prepare(config,
                DigitClassifier.load(DigitClassifier.shipped()), samples);
        double prepare = (System.nanoTime() - t0) / 1e6;
        var generator = trainer.generator(); // as training scores an epoch: with the trainer's own G
        probe.measure(1, generator, samples);
        double[] sampling = new double[QUALITY_REPEATS];
        double[] classifier = new double[QUALITY_REPEATS];
        double[] measures = new double[QUALITY_REPEATS];
        for (int i = 0; i < QUALITY_REPEATS; i++) {
            probe.measure(2 + i, generator, samples);
            var t = probe.lastTiming();
            sampling[i] = t.sampling();
            classifier[i] = t.classifier();
            measures[i] = t.measures();
        }
        double total = median(sampling) + median(classifier) + median(measures);
        double epoch = msPerIteration * config.iterationsPerEpoch(data.size());
        out.printf(Locale.ROOT, "quality_samples=%d once_per_run_ms=%.0f%n", samples, prepare);
        out.printf(Locale.ROOT, "quality_ms=%.0f sampling_ms=%.0f classifier_ms=%.0f measures_ms=%.0f%n", total,
                median(sampling), median(classifier), median(measures));
        out.printf(Locale.ROOT, "quality_share_of_epoch=%.1f%% (an epoch: %d iterations, %.0f ms)%n",
                100 * total / (epoch + total), config.iterationsPerEpoch(data.size()), epoch);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The benchmark as the lab's long work, with a latent walk of the trainer's G asked for again and again. */
    private double[] besideWalks(ExperimentConfig config, ImageDataset data, Trainer trainer, PrintWriter out) throws Exception {
        try (NativeOwner owner = NativeOwner.start("bench-native")) {
            var generator = SavedGenerators.of(owner.submit(() -> trainer.checkpoint(0, 0, 0)).get());
            // as the lab's walk window does: G loaded by the first walk, kept for the next
            var walker = owner.submit(() -> new LatentWalk.Walker(config, generator, data.height(),
                    data.channels())).get();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger drawn = new AtomicInteger();
            CompletableFuture<double[]> timed = owner.submit(() -> trainer.benchmark(warmup,
                    iterations));
            Thread screen = new Thread(() -> {
                for (int d = 0; !done.get(); d = (d + 1) % config.latentSize()) {
                    int dimension = d;
                    try {
                        owner.request("walk", () -> walker.walk(dimension, 10, 3.0, 0)).get();
                        drawn.incrementAndGet();
                    } catch (Exception e) {
                        return; // the owner is closing
                    }
                }
            }, "bench-walks");
            screen.setDaemon(true);
            screen.start();
            double[] ms = timed.get();
            done.set(true);
            out.println("latent_walks_drawn=" + drawn.get() + " beside " + (warmup + iterations) + " iterations");
            return ms;
        }
    }
}
