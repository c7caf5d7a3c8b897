package org.ganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ganlab.config.WeightInitScheme;
import org.ganlab.data.PlaneData;
import org.ganlab.model.Activation;
import org.ganlab.model.Dense;
import org.ganlab.model.Layer;
import org.ganlab.model.Mode;
import org.ganlab.model.Network;
import org.ganlab.quality.PlaneMeasures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GAN on two-dimensional data (the plane playground): a small MLP generator and discriminator with LeakyReLU, the
 * same losses as the image GAN (cross-entropy for D on real and fake halves, updated together; G's non-saturating or
 * saturating loss),
 * Adam, and D steps or G steps per iteration. Each network is a {@link Network} of {@link Dense} layers, so it runs
 * on the same fast path as the image models. Data, latent points and initial weights each come from the seed.
 */
public final class PlaneGan {
    /**
     * @param hidden    units of each hidden layer of both networks
     * @param layers    hidden layers of each network
     * @param batch     real plus fake points per D step (half of each), and G's batch
     * @param pack      points D judges together (PacGAN, Lin et al. 2018): D sees {@code pack} points of one kind
     *                  side by side and gives one score to the pack; 1 is the usual D
     * @param minibatchStd D also reads the batch's spread (the minibatch standard deviation, Karras et al. 2018) as
     *                  one more input, computed over the real and the fake half each
     * @param instanceNoise the standard deviation of Gaussian noise added to every point D sees, real and fake
     *                  (instance noise, Sonderby et al. 2017; Arjovsky and Bottou 2017), 0 for none
     * @param noiseAnneal iterations over which the noise falls linearly to 0 (0: it stays)
     */
    public record Settings(PlaneData data, int latentSize, int hidden, int layers, double genLearningRate,
                           double discLearningRate, int batch, int discSteps, int genSteps, boolean saturatingGenLoss,
                           int pack, boolean minibatchStd, double instanceNoise, int noiseAnneal, long seed) {
        /** The playground's defaults: ring of 8, latent 2, two hidden layers of 64, Adam 0.001 / 0.001, batch 256. */
        public static Settings defaults(PlaneData data, long seed) {
            return new Settings(data, 2, 64, 2, 1e-3, 1e-3, 256, 1, 1, false, 1, false, 0, 0, seed);
        }

        /** What is wrong with these settings, naming the field and what is allowed; empty when they can train. */
        public java.util.Optional<String> problem() {
            if (data == null) {
                return java.util.Optional.of("data: one of " + java.util.Arrays.toString(PlaneData.values()));
            }
            String p = latentSize < 1 || latentSize > 64 ? "latentSize: 1 to 64"
                    : hidden < 1 || hidden > 512 ? "hidden: 1 to 512 units"
                    : layers < 1 || layers > 6 ? "layers: 1 to 6 hidden layers"
                    : !(genLearningRate > 0 && genLearningRate <= 1) ? "genLearningRate: above 0, at most 1"
                    : !(discLearningRate > 0 && discLearningRate <= 1) ? "discLearningRate: above 0, at most 1"
                    : pack < 1 || pack > 8 ? "pack: 1 to 8 points per pack"
                    : batch < 2 * pack || batch > 4096 ? "batch: " + 2 * pack + " to 4096 (two packs at least)"
                    : discSteps < 1 || discSteps > 20 ? "discSteps: 1 to 20"
                    : genSteps < 1 || genSteps > 20 ? "genSteps: 1 to 20"
                    : !(instanceNoise >= 0 && instanceNoise <= 5) ? "instanceNoise: 0 to 5"
                    : noiseAnneal < 0 ? "noiseAnneal: 0 or more iterations" : null;
            return java.util.Optional.ofNullable(p);
        }
    }

    /** One iteration's numbers: D's losses and accuracies on the real and fake halves, and G's loss. */
    public record Step(double dLossReal, double dLossFake, double gLoss, double dAccReal, double dAccFake) { }

    private final Settings settings;
    private final Network generator;
    private final Network discriminator;
    private final Random data;
    /** Instance noise, from a stream of its own: a remedy's extra draws do not change the batches. */
    private final Random noise;
    private int done;
    private final org.nd4j.linalg.api.rng.Random latents;
    /** The spread of the last fake half D saw (for the field of a D that reads it). */
    private double lastFakeSpread;
    /** Latent points for what is shown, and for what is measured, each apart from training's and from each other,
     * so that neither looking nor measuring changes the run or the measures. */
    private final org.nd4j.linalg.api.rng.Random pictures;
    private final org.nd4j.linalg.api.rng.Random measures;

    public PlaneGan(Settings s) {
        s.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.settings = s;
        // matrices of a few hundred by 64: a second thread only adds the cost of waking it (measured: 5 times slower
        // with two threads while another process held the other core)
        org.ganlab.backend.Backend.useThreads(1);
        Nd4j.getRandom().setSeed(s.seed());
        this.generator = mlp("G", s.latentSize(), 2, s, s.genLearningRate());
        this.discriminator = mlp("D", 2 * s.pack() + (s.minibatchStd() ? 1 : 0), 1, s, s.discLearningRate());
        generator.initialise(WeightInitScheme.XAVIER, 0);
        discriminator.initialise(WeightInitScheme.XAVIER, 0);
        this.data = new Random(s.seed());
        this.noise = new Random(s.seed() * 31 + 17);
        this.latents = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 7);
        this.pictures = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 11);
        this.measures = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 13);
    }

    private static Network mlp(String name, int in, int out, Settings s, double learningRate) {
        List<Layer> layers = new ArrayList<>();
        int width = in;
        for (int i = 0; i < s.layers(); i++) {
            layers.add(new Dense(width, s.hidden()));
            layers.add(Activation.leakyRelu(0.2));
            width = s.hidden();
        }
        layers.add(new Dense(width, out));
        return new Network(name, layers, learningRate, 0.5, 0.999);
    }

    public Settings settings() {
        return settings;
    }

    /** One iteration: D's steps on a real and a fake half batch each, then G's steps. */
    public Step iterate() {
        int pack = settings.pack();
        int half = Math.max(1, settings.batch() / 2 / pack) * pack;
        int packs = half / pack;
        double lossReal = 0, lossFake = 0, accReal = 0, accFake = 0;
        for (int k = 0; k < settings.discSteps(); k++) {
            // one update on real and fake points together, as 2-D GANs are usually trained (there is no batch norm
            // here to mix the halves); the loss is the mean over both
            INDArray real = dInput(noisy(settings.data().sample(half, data)), packs);
            float[] fakePoints = noisy(generator.forward(latent(half), Mode.INFER).reshape(2L * half).toFloatVector());
            lastFakeSpread = MinibatchSpread.spread(fakePoints, packs, 2 * pack);
            INDArray fake = dInput(fakePoints, packs);
            float[] logits = discriminator.forward(Nd4j.concat(0, real, fake), Mode.TRAIN).toFloatVector();
            Losses.Bce r = Losses.bce(logits, 0, packs, 1f, 2 * packs);
            Losses.Bce f = Losses.bce(logits, packs, packs, 0f, 2 * packs);
            discriminator.backward(Losses.column(Losses.joined(r, f)));
            discriminator.step();
            lossReal += r.loss();
            lossFake += f.loss();
            accReal += r.accuracy();
            accFake += f.accuracy();
        }
        double gLoss = 0;
        int n = settings.batch() / pack * pack;
        for (int k = 0; k < settings.genSteps(); k++) {
            // the noise moves the points D sees; the gradient with respect to G's point is the same
            float[] points = noisy(generator.forward(latent(n), Mode.TRAIN).reshape(2L * n).toFloatVector());
            Gradient g = gradient(points);
            gLoss += g.loss().loss();
            generator.backward(Nd4j.createFromArray(g.points()).reshape(n, 2));
            generator.step();
        }
        done++;
        int d = settings.discSteps();
        return new Step(lossReal / d, lossFake / d, gLoss / settings.genSteps(), accReal / d, accFake / d);
    }

    /** D's input for {@code xy} (x0, y0, ...) in {@code packs} packs: the packs' rows, and the spread if D reads it. */
    private INDArray dInput(float[] xy, int packs) {
        int width = 2 * settings.pack();
        if (!settings.minibatchStd()) {
            return Nd4j.createFromArray(xy).reshape(packs, width);
        }
        return Nd4j.createFromArray(MinibatchSpread.append(xy, packs, width)).reshape(packs, width + 1);
    }

    /** G's loss on {@code points} (x0, y0, ...) through D with its weights held, packs formed in order. */
    private Losses.Bce genLoss(float[] points) {
        int packs = points.length / 2 / settings.pack();
        float[] logits = discriminator.forward(dInput(points, packs), Mode.TRAIN_FROZEN).toFloatVector();
        return settings.saturatingGenLoss() ? Losses.saturating(logits)
                : Losses.bce(logits, 0, logits.length, 1f, logits.length);
    }

    private record Gradient(Losses.Bce loss, float[] points) { }

    /** G's loss on {@code points} and its gradient with respect to each, through D (and the spread, if D reads it). */
    private Gradient gradient(float[] points) {
        Losses.Bce g = genLoss(points);
        float[] dIn = discriminator.backward(Losses.column(g.gradient())).reshape(-1).toFloatVector();
        if (!settings.minibatchStd()) {
            return new Gradient(g, dIn);
        }
        int packs = points.length / 2 / settings.pack();
        return new Gradient(g, MinibatchSpread.backward(points, dIn, packs, 2 * settings.pack()));
    }

    /** The instance noise's deviation now: {@code instanceNoise}, falling to 0 over {@code noiseAnneal} iterations. */
    public double noiseNow() {
        double sigma = settings.instanceNoise();
        return settings.noiseAnneal() == 0 ? sigma : sigma * Math.max(0, 1 - (double) done / settings.noiseAnneal());
    }

    /** {@code xy} with instance noise added in place (unchanged without noise). */
    private float[] noisy(float[] xy) {
        double sigma = noiseNow();
        if (sigma > 0) {
            for (int i = 0; i < xy.length; i++) {
                xy[i] += (float) (sigma * noise.nextGaussian());
            }
        }
        return xy;
    }

    /**
     * Where G's loss pushes each of the given points (x0, y0, ...), taken as one batch of G: minus the gradient of
     * G's loss with respect to the point, per point (the arrows of the picture). Nothing is updated. The count must be
     * a multiple of the pack.
     */
    public float[] push(float[] xy) {
        float[] gradient = gradient(xy).points();
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] = -gradient[i];
        }
        return gradient;
    }

    private INDArray latent(int n) {
        return GanStep.gaussian(n, settings.latentSize(), latents);
    }

    /** {@code n} points of G (x0, y0, ...) to show, from fresh latent points of a stream training does not use. */
    public float[] sample(int n) {
        return sample(n, pictures);
    }

    private float[] sample(int n, org.nd4j.linalg.api.rng.Random stream) {
        INDArray z = GanStep.gaussian(n, settings.latentSize(), stream);
        return generator.forward(z, Mode.INFER).reshape(2L * n).toFloatVector();
    }

    /**
     * {@code k} by {@code k} latent points on [-2, 2] in the first two latent dimensions (the rest 0) through G: the
     * warped mesh of the picture, row by row (x0, y0, ...).
     */
    public float[] mesh(int k) {
        float[] z = new float[k * k * settings.latentSize()];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int row = (i * k + j) * settings.latentSize();
                z[row] = (float) (-2 + 4.0 * j / (k - 1));
                if (settings.latentSize() > 1) {
                    z[row + 1] = (float) (-2 + 4.0 * i / (k - 1));
                }
            }
        }
        INDArray latent = Nd4j.createFromArray(z).reshape(k * k, settings.latentSize());
        return generator.forward(latent, Mode.INFER).reshape(2L * k * k).toFloatVector();
    }

    /**
     * D's output (a probability) at each of the given points: the colour field over the plane. A packing D judges a
     * pack of copies of the point; a D that reads the batch's spread is given the spread of G's last batch.
     */
    public float[] judge(float[] xy) {
        int n = xy.length / 2;
        int pack = settings.pack();
        float[] packs = new float[xy.length * pack];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < pack; c++) {
                packs[2 * (i * pack + c)] = xy[2 * i];
                packs[2 * (i * pack + c) + 1] = xy[2 * i + 1];
            }
        }
        INDArray in = Nd4j.createFromArray(packs).reshape(n, 2L * pack);
        if (settings.minibatchStd()) {
            // each point as if it came in a batch as spread as G's last one
            in = Nd4j.concat(1, in, Nd4j.valueArrayOf(new long[] {n, 1}, (float) lastFakeSpread));
        }
        INDArray p = discriminator.forward(in, Mode.INFER);
        return org.nd4j.linalg.ops.transforms.Transforms.sigmoid(p, false).reshape(p.length()).toFloatVector();
    }

    /** The coverage measures of {@code n} fresh points of G (modes of the data; none for continuous shapes). */
    public PlaneMeasures measure(int n) {
        return PlaneMeasures.of(sample(n, measures), settings.data().modes(), settings.data().std());
    }
}
