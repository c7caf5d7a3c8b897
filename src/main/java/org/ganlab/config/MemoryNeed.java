package org.ganlab.config;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import com.sun.management.OperatingSystemMXBean;

/**
 * How much memory a configuration needs to train, estimated before anything is built, so that settings beyond the
 * machine (every filter count, the latent size and the batch at the schema's upper bounds need some 180 GB) are refused
 * by name with the figure, instead of growing until the system kills the process.
 *
 * <p>The estimate counts the networks' parameters (with their gradients, Adam's two moments and the checkpoint's
 * copies) and the activations of one iteration: G's layer outputs for one and a half batches (G's step and the fakes
 * of D's) and D's for two (D's real and fake halves and G's step through D), times {@link #ACTIVATION_FACTOR} for the
 * backward pass and the workspaces, plus the real images and a fixed share for the JVM, ND4J and oneDNN. Measured on
 * the 2-core AMD EPYC here (resident memory at the end of {@code bench --iterations 2 --warmup 1 --set threads=1}):
 *
 * <pre>
 *   settings                          measured   estimated
 *   the stable baseline, batch 128     0.92 GB     1.1 GB
 *   batch 1024                         5.3 GB      5.5 GB
 *   batch 2048                        10.3 GB     10.5 GB
 *   G and D filters 512                3.5 GB      3.8 GB
 *   G and D filters 256, batch 512     5.9 GB      6.3 GB
 * </pre>
 */
public final class MemoryNeed {
    /** The system property that sets the memory a run may take, in bytes or with a suffix ("8g", "512m"). */
    public static final String PROPERTY = "ganlab.memory";
    /** The JVM, ND4J's and oneDNN's own code and buffers, the lab's data structures. */
    static final long BASE = 450L << 20;
    /** Bytes a trained parameter takes: itself, its gradient, Adam's two moments, and a checkpoint's copies. */
    static final long BYTES_PER_PARAMETER = 32;
    /** Activation memory of an iteration per float of layer outputs of its forward passes (fitted to the table). */
    static final double ACTIVATION_FACTOR = 1.8;
    /** The images G draws at once for a grid, a walk or the quality measures. */
    static final int SAMPLING_BATCH = 200;

    private MemoryNeed() {
    }

    /** Parameters and per-image layer outputs of one network. */
    record Sizes(long parameters, long outputsPerImage) {
        Sizes plus(long p, long outputs) {
            return new Sizes(parameters + p, outputsPerImage + outputs);
        }
    }

    /** Bytes a configuration needs to train. */
    public static long training(ExperimentConfig c) {
        Sizes g = generator(c);
        Sizes d = discriminator(c);
        double activations = 4 * ACTIVATION_FACTOR * c.batchSize()
                * (1.5 * g.outputsPerImage() + 2.0 * d.outputsPerImage());
        return BASE + BYTES_PER_PARAMETER * (g.parameters() + d.parameters()) + (long) activations + data(c);
    }

    /** Bytes a configuration's generator needs to draw samples (a grid, a latent walk, the quality measures). */
    public static long sampling(ExperimentConfig c) {
        Sizes g = generator(c);
        return BASE + 8 * g.parameters() + (long) (4 * ACTIVATION_FACTOR * SAMPLING_BATCH * g.outputsPerImage());
    }

    /** What a run may take here: the {@value #PROPERTY} property, else three quarters of the machine's memory. */
    public static long available() {
        String set = System.getProperty(PROPERTY);
        if (set != null && !set.isBlank()) {
            return parseBytes(set.trim());
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / 4 * 3;
        }
        return 8L << 30;
    }

    /** The problem of a configuration that needs more memory to train than this machine has, if it does. */
    public static Optional<ConfigProblem> trainingProblem(ExperimentConfig c) {
        return problem(training(c), "train");
    }

    /** The problem of a configuration whose generator needs more memory to draw samples than there is, if so. */
    public static Optional<ConfigProblem> samplingProblem(ExperimentConfig c) {
        return problem(sampling(c), "draw samples");
    }

    private static Optional<ConfigProblem> problem(long need, String what) {
        long have = available();
        if (need <= have) {
            return Optional.empty();
        }
        return Optional.of(new ConfigProblem("batchSize", "these settings need about " + describe(need) + " to "
                + what + ", more than the " + describe(have) + " a run may take here (three quarters of the memory; "
                + "-D" + PROPERTY + "=SIZE sets it); allowed: a smaller batch, fewer filters or a smaller latent size"));
    }

    /** A byte count in words, to two figures: "1.1 GB", "184 GB", "450 MB". */
    public static String describe(long bytes) {
        double gb = bytes / (double) (1L << 30);
        if (gb >= 10) {
            return String.format(Locale.ROOT, "%.0f GB", gb);
        }
        if (gb >= 1) {
            return String.format(Locale.ROOT, "%.1f GB", gb);
        }
        return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }

    static long parseBytes(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long unit = 1;
        switch (t.charAt(t.length() - 1)) {
            case 'k' -> unit = 1L << 10;
            case 'm' -> unit = 1L << 20;
            case 'g' -> unit = 1L << 30;
            default -> unit = 1;
        }
        try {
            return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            throw new ConfigException(PROPERTY, "'" + text + "' is not a size; allowed: bytes, or a number with k, m "
                    + "or g");
        }
    }

    /** The images' height and width, and their channels. */
    private static int size(ExperimentConfig c) {
        return c.imageFolder() == null || c.imageFolder().isBlank() ? 28 : c.imageSize();
    }

    private static int channels(ExperimentConfig c) {
        return c.colour() && c.imageFolder() != null && !c.imageFolder().isBlank() ? 3 : 1;
    }

    /** The real images kept in memory: up to the whole MNIST training set, as floats. */
    private static long data(ExperimentConfig c) {
        long images = c.maxImages() > 0 ? Math.min(c.maxImages(), 60_000) : 60_000;
        long pixels = (long) size(c) * size(c) * channels(c);
        return 4 * images * pixels;
    }

    /** G's parameters and layer outputs per image (see the model package's Generator). */
    static Sizes generator(ExperimentConfig c) {
        int s = size(c);
        int ch = channels(c);
        long in = c.latentSize() + (c.conditional() ? 10 : 0);
        long k2 = (long) c.genKernelSize() * c.genKernelSize();
        boolean bn = c.batchNorm() && c.genBatchNorm();
        int normalised = bn ? 3 : 2; // a layer's output, batch norm's, the activation's
        Sizes g = new Sizes(0, 0);
        if (c.architecture() == Architecture.DCGAN) {
            int steps = Integer.numberOfTrailingZeros(Math.max(1, s / 4));
            long f = (long) c.genFilters() << Math.max(0, steps - 1);
            g = g.plus(in * 16 * f + 16 * f + (bn ? 2 * f : 0), 16 * f * normalised);
            int side = 4;
            for (int i = 1; i < steps; i++) {
                side *= 2;
                g = g.plus(f * (f / 2) * k2 + f / 2 + (bn ? f : 0), (f / 2) * side * side * normalised);
                f /= 2;
            }
            return g.plus(f * ch * k2 + ch, 2L * ch * s * s);
        }
        long f = c.genFilters();
        long base = s / 4;
        g = g.plus(in * f * base * base + f * base * base, 2 * f * base * base);
        for (long side = base * 2; side <= s; side *= 2) {
            g = g.plus(f * f * k2 + f + (bn ? 2 * f : 0), f * side * side * normalised);
        }
        return g.plus(f * ch * 49 + ch, 2L * ch * s * s);
    }

    /** D's parameters and layer outputs per image (see the model package's Discriminator). */
    static Sizes discriminator(ExperimentConfig c) {
        int s = size(c);
        long in = (long) channels(c) * Math.max(1, c.packing());
        long k2 = (long) c.discKernelSize() * c.discKernelSize();
        boolean bn = c.batchNorm() && c.discBatchNorm();
        int normalised = bn ? 3 : 2;
        long f = c.discFilters();
        int steps = c.architecture() == Architecture.DCGAN ? Integer.numberOfTrailingZeros(Math.max(1, s / 4)) : 2;
        Sizes d = new Sizes(0, 0);
        long side = s;
        for (int i = 0; i < steps; i++) {
            side = (side + 1) / 2;
            boolean norm = bn && (c.architecture() != Architecture.DCGAN || i > 0);
            d = d.plus(in * f * k2 + f + (norm ? 2 * f : 0), f * side * side * (norm ? 3 : 2));
            in = f;
            if (c.architecture() == Architecture.DCGAN && i < steps - 1) {
                f *= 2;
            }
        }
        long head = side * side * (in + (c.minibatchStddev() ? 1 : 0));
        // one logit: a dense unit, plus a projection vector per class for a conditional D
        return d.plus(head + 1 + (c.conditional() ? 10 * head : 0), head + 1);
    }
}
