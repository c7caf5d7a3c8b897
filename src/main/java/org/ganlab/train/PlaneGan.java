package org.ganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.backend.Backend;
import org.ganlab.backend.Workspaces;
import org.ganlab.config.PlaneSettings;
import org.ganlab.config.WeightInitScheme;
import org.ganlab.mlp.Mlp;
import org.ganlab.model.Activation;
import org.ganlab.model.Dense;
import org.ganlab.model.Layer;
import org.ganlab.model.Network;
import org.ganlab.quality.PlaneCoverage;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneMeasures;
import org.ganlab.records.Player;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GAN on two-dimensional data (the plane playground): a small MLP generator and discriminator with LeakyReLU, the
 * same losses as the image GAN (cross-entropy for D on real and fake halves, updated together; G's non-saturating or
 * saturating loss), Adam, and D steps or G steps per iteration, with the remedies of {@link PlaneSettings} (packing,
 * the minibatch spread, instance noise, unrolled steps, the penalties). Each network is an {@link Mlp} on plain arrays:
 * at a few thousand weights, a native call per array operation would cost more than the arithmetic. Data, latent
 * points and initial weights each come from the seed; the initial weights are drawn as the image models draw theirs.
 */
public final class PlaneGan {
    /** One iteration's numbers: D's losses and accuracies on the real and fake halves, and G's loss. */
    public record Step(double dLossReal, double dLossFake, double gLoss, double dAccReal, double dAccFake) { }

    /**
     * The workspaces of this thread that an update's arrays, and a look's (a picture, a measure), are made in and
     * freed from: a run leaves no garbage of native memory behind (it grew by about 0.8 MB an iteration without).
     */
    static final String STEP = "plane-step";
    static final String LOOK = "plane-look";

    final PlaneSettings settings;
    // package-private for PlaneState, which saves and restores them
    final Mlp generator;
    final Mlp discriminator;
    final Lcg48 data;
    /** Instance noise, from a stream of its own: a remedy's extra draws do not change the batches. */
    final InstanceNoise noise;
    int done;
    private final PlaneIteration iteration; // the iteration under way: the updates taken so far and their losses
    /** Batches and latent points of the unrolled D steps, apart from training's own. */
    final Lcg48 unrollData;
    final Random unrollLatents;
    final Random latents;
    double lastFakeSpread; // the spread of the last fake half D saw (for the field of a D that reads it)
    /** The score D's last step read its judgement against (a critic's midpoint, else 0): the field's middle colour. */
    double lastLine;
    /** Latent points for what is shown and for what is measured, apart from training's: looking changes nothing. */
    final Random pictures;
    final Random measures;
    /** The fixed points {@link PlaneProbe#look} reads, from streams of their own. */
    final PlaneProbe.Fixed probe;

    public PlaneGan(PlaneSettings s) {
        s.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.settings = s;
        this.iteration = new PlaneIteration(s.discSteps(), s.genSteps());
        // matrices of a few hundred by 64: a second thread only adds the cost of waking it (measured: 5 times slower
        // with two threads while another process held the other core)
        Backend.useThreads(1);
        Nd4j.getRandom().setSeed(s.seed());
        this.generator = mlp(true, s);
        this.discriminator = mlp(false, s);
        this.data = new Lcg48(s.seed());
        this.noise = new InstanceNoise(s, new Lcg48(s.seed() * 31 + 17));
        this.unrollData = new Lcg48(s.seed() * 31 + 19);
        this.latents = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 7);
        this.unrollLatents = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 23);
        this.pictures = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 11);
        this.measures = Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 13);
        this.probe = PlaneProbe.probe(this);
    }

    /**
     * The playground's G (latent point to point) or D (pack of points, and the spread if asked, to a score): {@code
     * layers} of {@code hidden} LeakyReLU units, Adam at its rate and betas, Xavier's uniform initial weights drawn
     * from ND4J's seeded generator through the image models' layers.
     */
    static Mlp mlp(boolean g, PlaneSettings s) {
        String name = g ? "G" : "D";
        int out = g ? 2 : 1;
        double learningRate = g ? s.genLearningRate() : s.discLearningRate();
        List<Layer> layers = new ArrayList<>();
        int[] widths = new int[s.layers() + 2];
        widths[0] = g ? s.latentSize() : 2 * s.pack() + (s.minibatchStd() ? 1 : 0);
        for (int i = 0; i < s.layers(); i++) {
            layers.add(new Dense(widths[i], s.hidden()));
            layers.add(Activation.leakyRelu(0.2));
            widths[i + 1] = s.hidden();
        }
        widths[s.layers() + 1] = out;
        layers.add(new Dense(widths[s.layers()], out));
        Network drawn = new Network(name, layers, learningRate, 0.5, 0.999);
        drawn.initialise(WeightInitScheme.XAVIER, 0);
        Mlp mlp = new Mlp(name, widths, 0.2, !g && s.spectralNorm(), learningRate, g ? s.genBeta1() : s.discBeta1(),
                g ? s.genBeta2() : s.discBeta2(), Network.ADAM_EPSILON);
        float[] initial = drawn.parameters().toFloatVector();
        System.arraycopy(initial, 0, mlp.parameters(), 0, initial.length);
        return mlp;
    }

    /**
     * Everything needed to train on exactly from here, after {@code checks} checks and {@code seconds} of training:
     * with the same settings, training on from it gives the same numbers as never having stopped.
     */
    public Checkpoint checkpoint(int checks, double seconds) {
        return PlaneState.capture(this, checks, seconds);
    }

    /**
     * Puts a checkpoint of a run with networks of the same shape into this one (the settings may otherwise differ: a
     * branch). Returns the iterations it had done.
     *
     * @throws IllegalArgumentException when an array's shape differs or the state is unreadable
     */
    public int restore(Checkpoint c) {
        PlaneState.restore(this, c);
        iteration.clear();
        return done;
    }

    public PlaneSettings settings() {
        return settings;
    }

    /** G's (or D's) layers and parameter count, as a run's plan announces them. */
    public String describe(boolean generator) {
        return (generator ? this.generator : discriminator).describe();
    }

    /**
     * One iteration: D's steps on a real and a fake half batch each, then G's steps (those of them not yet taken one
     * by one with {@link #update}).
     */
    public Step iterate() {
        while (iteration.left() > 0) {
            update();
        }
        done++;
        return iteration.end();
    }

    /** The network the iteration's next update trains: D until its steps are taken, then G. */
    public Player next() {
        return iteration.next();
    }

    /** Updates of this iteration not yet taken (all of them between two iterations). */
    public int updatesLeft() {
        return iteration.left();
    }

    /** How many of {@link #next()}'s updates of this iteration are taken. */
    public int takenOfNext() {
        return iteration.takenOfNext();
    }

    /**
     * Takes the iteration's next update alone (one of D's steps, or once they are taken one of G's), the same update
     * {@link #iterate} takes in its turn: a run stepped update by update is the run trained straight. The iteration
     * is counted by {@link #iterate}, which takes what is left of it.
     */
    public void update() {
        Workspaces.run(STEP, () -> {
            if (iteration.next() == Player.D) {
                Losses.Bce[] rf = discriminatorStep(data, latents);
                iteration.discriminator(rf[0], rf[1]);
            } else if (iteration.left() > 0) {
                iteration.generator(generatorStep());
            }
        });
    }

    /** One update of G through D (unrolled, then put back, when the settings unroll); returns G's loss. */
    private double generatorStep() {
        if (settings.unrolledSecondOrder()) {
            return UnrolledStep.take(this);
        }
        int n = settings.batch() / settings.pack() * settings.pack();
        List<float[]> saved = null;
        int updates = discriminator.updates();
        if (settings.unrolledSteps() > 0) {
            saved = discriminator.save();
            for (int u = 0; u < settings.unrolledSteps(); u++) {
                discriminatorStep(unrollData, unrollLatents);
            }
        }
        // the noise moves the points D sees; the gradient with respect to G's point is the same
        float[] points = noise.add(done, generator.forward(latent(n), n, true));
        Gradient g = gradient(points);
        generator.backward(g.points(), true, false);
        generator.step();
        if (saved != null) {
            discriminator.load(saved, updates);
        }
        return g.loss().loss();
    }

    /**
     * One update of D on a real and a fake half batch drawn from the given streams, together (there is no batch
     * norm here to mix the halves; the loss is the mean over both), as 2-D GANs are usually trained.
     */
    private Losses.Bce[] discriminatorStep(Lcg48 realStream, Random latentStream) {
        int pack = settings.pack();
        int half = Math.max(1, settings.batch() / 2 / pack) * pack;
        int packs = half / pack;
        float[] real = dInput(noise.add(done, settings.data().sample(half, realStream)), packs);
        float[] z = gaussian(half, latentStream);
        float[] fakePoints = noise.add(done, generator.forward(z, half, false));
        lastFakeSpread = MinibatchSpread.spread(fakePoints, packs, 2 * pack);
        float[] fake = dInput(fakePoints, packs);
        float[] both = new float[real.length + fake.length];
        System.arraycopy(real, 0, both, 0, real.length);
        System.arraycopy(fake, 0, both, real.length, fake.length);
        float[] logits = discriminator.forward(both, 2 * packs, true);
        lastLine = PlaneLosses.line(settings, logits, packs);
        Losses.Bce r = PlaneLosses.real(settings, logits, packs, lastLine);
        Losses.Bce f = PlaneLosses.fake(settings, logits, packs, lastLine);
        discriminator.backward(Losses.joined(r, f), true, false);
        GradientPenalty.addTo(discriminator, settings, real, fake, packs, noise.stream());
        discriminator.step();
        return new Losses.Bce[] {r, f};
    }

    /** D's input for {@code xy} (x0, y0, ...) in {@code packs} packs: the packs' rows, and the spread if D reads it. */
    private float[] dInput(float[] xy, int packs) {
        return settings.minibatchStd() ? MinibatchSpread.append(xy, packs, 2 * settings.pack()) : xy;
    }

    /** G's loss on {@code points} (x0, y0, ...) through D with its weights held, packs formed in order. */
    private Losses.Bce genLoss(float[] points) {
        int packs = points.length / 2 / settings.pack();
        float[] logits = discriminator.forward(dInput(points, packs), packs, false);
        return PlaneLosses.generator(settings, logits);
    }

    private record Gradient(Losses.Bce loss, float[] points) { }

    /** G's loss on {@code points} and its gradient with respect to each, through D (and the spread, if D reads it). */
    private Gradient gradient(float[] points) {
        Losses.Bce g = genLoss(points);
        float[] dIn = discriminator.backward(g.gradient(), false, true);
        if (!settings.minibatchStd()) {
            return new Gradient(g, dIn);
        }
        int packs = points.length / 2 / settings.pack();
        return new Gradient(g, MinibatchSpread.backward(points, dIn, packs, 2 * settings.pack()));
    }

    /**
     * Where G's loss pushes each of the given points (x0, y0, ...), taken as one batch of G: minus the gradient of
     * G's loss with respect to the point, per point (the arrows of the picture). Nothing is updated. The count must be
     * a multiple of the pack.
     */
    public float[] push(float[] xy) {
        float[] gradient = Workspaces.in(LOOK, () -> gradient(xy).points());
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] = -gradient[i];
        }
        return gradient;
    }

    private float[] latent(int n) {
        return gaussian(n, latents);
    }

    /** {@code n} latent points from {@code stream}, standard normal. */
    float[] gaussian(int n, Random stream) {
        return GanStep.gaussian(n, settings.latentSize(), stream).reshape(-1).toFloatVector();
    }

    /** {@code n} points of G (x0, y0, ...) to show, from fresh latent points of a stream training does not use. */
    public float[] sample(int n) {
        return Workspaces.in(LOOK, () -> sample(n, pictures));
    }

    private float[] sample(int n, Random stream) {
        return generator.forward(gaussian(n, stream), n, false);
    }

    /** D's output at each of the given points, the colour field (see {@link PlaneProbe#judge}). */
    public float[] judge(float[] xy) {
        return Workspaces.in(LOOK, () -> PlaneProbe.judge(this, xy));
    }

    /** The coverage measures of {@code n} fresh points of G (modes of the data, or stretches of a shape). */
    public PlaneMeasures measure(int n) {
        return PlaneCoverage.of(Workspaces.in(LOOK, () -> sample(n, measures)), settings.data());
    }
}
