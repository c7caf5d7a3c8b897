package org.ganlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.backend.Backend;
import org.ganlab.data.PlaneData;
import org.ganlab.quality.PlaneMeasures;
import org.ganlab.train.PlaneGan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the two-dimensional GAN of the plane playground headless: modes covered, the share of high-quality points
 * and the mode KL as it goes, and the speed in iterations per second.
 */
@Command(name = "plane", description = "Train a GAN on 2-D points (a ring of 8 Gaussians by default) and print "
        + "modes covered, high-quality share, mode KL and iterations per second.")
final class PlaneCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "RING_8", description = "RING_8, GRID_25, MOONS, LINE or RING "
            + "(default: ${DEFAULT-VALUE}).")
    PlaneData data;

    @Option(names = "--iterations", defaultValue = "2000", description = "Iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--report-every", defaultValue = "500", description = "Print the measures every so many "
            + "iterations (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--batch", defaultValue = "256", description = "Real plus fake points per D step (default: "
            + "${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--gen-steps", defaultValue = "1", description = "G steps per iteration (default: ${DEFAULT-VALUE}).")
    int genSteps;

    @Option(names = "--disc-steps", defaultValue = "1", description = "D steps per iteration (default: "
            + "${DEFAULT-VALUE}).")
    int discSteps;

    @Option(names = "--gen-lr", defaultValue = "0.001", description = "G's learning rate (default: ${DEFAULT-VALUE}).")
    double genLr;

    @Option(names = "--disc-lr", defaultValue = "0.001", description = "D's learning rate (default: ${DEFAULT-VALUE}).")
    double discLr;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (iterations < 1 || every < 1 || batch < 2 || genSteps < 1 || discSteps < 1 || !(genLr > 0) || !(discLr > 0)) {
            throw new GanLabCli.BadArgumentException("--iterations, --report-every, --gen-steps and --disc-steps must "
                    + "be at least 1, --batch at least 2, and the learning rates above 0");
        }
        PlaneGan.Settings defaults = PlaneGan.Settings.defaults(data, seed);
        PlaneGan gan = new PlaneGan(new PlaneGan.Settings(data, defaults.latentSize(), defaults.hidden(),
                defaults.layers(), genLr, discLr, batch, discSteps, genSteps, false, seed));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Backend.describe());
        long start = System.nanoTime();
        long measuring = 0;
        for (int i = 1; i <= iterations; i++) {
            PlaneGan.Step s = gan.iterate();
            if (i % every == 0 || i == iterations) {
                long t = System.nanoTime();
                PlaneMeasures m = gan.measure(2000);
                measuring += System.nanoTime() - t;
                out.printf(Locale.ROOT, "iteration %d  d_real %.3f  d_fake %.3f  g %.3f  acc %.0f%%/%.0f%%  modes %d/%d"
                        + "  high-quality %.0f%%  kl %.2f  %s%n", i, s.dLossReal(), s.dLossFake(), s.gLoss(),
                        100 * s.dAccReal(), 100 * s.dAccFake(), m.covered(), m.histogram().length,
                        100 * m.highQuality(), m.kl(), Arrays.toString(m.histogram()));
                out.flush();
            }
        }
        double seconds = (System.nanoTime() - start - measuring) / 1e9;
        out.printf(Locale.ROOT, "iterations_per_second=%.0f (batch %d, %d iterations, measures excluded)%n",
                iterations / seconds, batch, iterations);
        if (org.ganlab.backend.Profile.ON) {
            out.print(org.ganlab.backend.Profile.report(iterations));
        }
        return 0;
    }
}
