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
     */
    public record Settings(PlaneData data, int latentSize, int hidden, int layers, double genLearningRate,
                           double discLearningRate, int batch, int discSteps, int genSteps, boolean saturatingGenLoss,
                           long seed) {
        /** The playground's defaults: ring of 8, latent 2, two hidden layers of 64, Adam 0.001 / 0.001, batch 256. */
        public static Settings defaults(PlaneData data, long seed) {
            return new Settings(data, 2, 64, 2, 1e-3, 1e-3, 256, 1, 1, false, seed);
        }
    }

    /** One iteration's numbers: D's losses and accuracies on the real and fake halves, and G's loss. */
    public record Step(double dLossReal, double dLossFake, double gLoss, double dAccReal, double dAccFake) { }

    private final Settings settings;
    private final Network generator;
    private final Network discriminator;
    private final Random data;
    private final org.nd4j.linalg.api.rng.Random latents;

    public PlaneGan(Settings s) {
        this.settings = s;
        // matrices of a few hundred by 64: a second thread only adds the cost of waking it (measured: 5 times slower
        // with two threads while another process held the other core)
        org.ganlab.backend.Backend.useThreads(1);
        Nd4j.getRandom().setSeed(s.seed());
        this.generator = mlp("G", s.latentSize(), 2, s, s.genLearningRate());
        this.discriminator = mlp("D", 2, 1, s, s.discLearningRate());
        generator.initialise(WeightInitScheme.XAVIER, 0);
        discriminator.initialise(WeightInitScheme.XAVIER, 0);
        this.data = new Random(s.seed());
        this.latents = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 7);
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
        int half = Math.max(1, settings.batch() / 2);
        double lossReal = 0, lossFake = 0, accReal = 0, accFake = 0;
        for (int k = 0; k < settings.discSteps(); k++) {
            // one update on real and fake points together, as 2-D GANs are usually trained (there is no batch norm
            // here to mix the halves); the loss is the mean over both
            INDArray real = Nd4j.createFromArray(settings.data().sample(half, data)).reshape(half, 2);
            INDArray both = Nd4j.concat(0, real, generator.forward(latent(half), Mode.INFER));
            float[] logits = discriminator.forward(both, Mode.TRAIN).toFloatVector();
            Losses.Bce r = Losses.bce(logits, 0, half, 1f, 2 * half);
            Losses.Bce f = Losses.bce(logits, half, half, 0f, 2 * half);
            discriminator.backward(Losses.column(Losses.joined(r, f)));
            discriminator.step();
            lossReal += r.loss();
            lossFake += f.loss();
            accReal += r.accuracy();
            accFake += f.accuracy();
        }
        double gLoss = 0;
        for (int k = 0; k < settings.genSteps(); k++) {
            INDArray points = generator.forward(latent(settings.batch()), Mode.TRAIN);
            float[] logits = discriminator.forward(points, Mode.TRAIN_FROZEN).toFloatVector();
            Losses.Bce g = settings.saturatingGenLoss() ? Losses.saturating(logits)
                    : Losses.bce(logits, 0, logits.length, 1f, logits.length);
            gLoss += g.loss();
            generator.backward(discriminator.backward(Losses.column(g.gradient())));
            generator.step();
        }
        int d = settings.discSteps();
        return new Step(lossReal / d, lossFake / d, gLoss / settings.genSteps(), accReal / d, accFake / d);
    }

    private INDArray latent(int n) {
        return GanStep.gaussian(n, settings.latentSize(), latents);
    }

    /** {@code n} points of G (x0, y0, ...), from fresh latent points. */
    public float[] sample(int n) {
        return generator.forward(latent(n), Mode.INFER).reshape(2L * n).toFloatVector();
    }

    /** D's output (a probability) at each of the given points: the colour field over the plane. */
    public float[] judge(float[] xy) {
        INDArray p = discriminator.forward(Nd4j.createFromArray(xy).reshape(xy.length / 2, 2), Mode.INFER);
        return org.nd4j.linalg.ops.transforms.Transforms.sigmoid(p, false).reshape(p.length()).toFloatVector();
    }

    /** The coverage measures of {@code n} fresh points of G (modes of the data; none for continuous shapes). */
    public PlaneMeasures measure(int n) {
        return PlaneMeasures.of(sample(n), settings.data().modes(), settings.data().std());
    }
}
