package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.assertj.core.api.Assertions;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlaneSettings;
import org.ganlab.data.Datasets;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Mode;
import org.ganlab.model.Network;
import org.ganlab.mlp.KinkAwareDifferences;
import org.ganlab.mlp.Mlp;
import org.ganlab.mlp.Penalties;
import org.ganlab.records.IterationMetrics;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The remedies of the literature, each against its definition: numbers by hand or by finite differences. */
class PaperRemediesTest {

    /** gamma / 2 * mean |grad_x D|^2, computed plainly, or with LeakyReLU's slopes held where they were at x. */
    private static double penalty(Network d, INDArray real, double gamma, boolean heldSlopes) {
        INDArray out = d.forward(real.dup(), heldSlopes ? Mode.TANGENT
                : Mode.TRAIN_FROZEN);
        INDArray c = d.backward(Nd4j.ones(DataType.FLOAT, out.size(0), 1));
        return gamma / 2 * c.mul(c).sumNumber().doubleValue() / real.size(0);
    }

    /**
     * Against finite differences of the penalty over D's parameters. With LeakyReLU's usual slope the penalty jumps
     * where a unit's input crosses 0, which automatic differentiation (and the paper's) ignores: there the slopes are
     * held at the parameters' own point, as differentiation sees them. With a slope near 1 nothing is held.
     */
    @Test
    void theR1GradientIsTheDerivativeOfTheSquaredInputGradient() throws IOException {
        r1Check(TrainerTest.small(Map.of("discBatchNorm", false, "r1Gamma", 10.0, "leakySlope", 0.99)), false);
        r1Check(TrainerTest.small(Map.of("discBatchNorm", false, "r1Gamma", 10.0)), true);
    }

    private static void r1Check(ExperimentConfig c, boolean heldSlopes) throws IOException {
        Trainer t = TrainerTest.trainer(c);
        r1Check(t.discriminator(), Datasets.load(c).sample(new Random(1), 8), heldSlopes);
    }

    /**
     * The same on the plane playground's D ({@link Mlp}, an MLP of LeakyReLU units) at 32 points of the ring: the
     * penalty is gamma / 2 mean |c|^2 of the input gradients c taken plainly, and its exact gradient reads as the
     * central difference of that number along a random change of D's weights.
     */
    @Test
    void thePlaneR1GradientIsTheDerivativeOfTheSquaredInputGradient() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 3);
        Nd4j.getRandom().setSeed(3);
        Mlp d = PlaneGan.mlp(false, s);
        float[] ring = PlaneData.RING_8.sample(32, new Random(3));
        Arrays.fill(d.gradients(), 0f);
        double r1 = Penalties.r1(d, ring, 32, 10);
        assertThat(r1).isCloseTo(planePenalty(d, ring, 10, true), within(1e-6 * r1)).isGreaterThan(0);
        assertPlaneDerivative(d, () -> planePenalty(d, ring, 10, true));
    }

    /**
     * WGAN-GP's penalty on the plane's D: lambda times the mean of (|grad_x D(x^)| - 1)^2 at the interpolates, and its
     * gradient over D's weights against finite differences of that number (the same mixing weights each time).
     */
    @Test
    void thePlaneGradientPenaltyIsItsDefinitionAndItsDerivative() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 4);
        Nd4j.getRandom().setSeed(4);
        Mlp d = PlaneGan.mlp(false, s);
        float[] real = PlaneData.RING_8.sample(32, new Random(4));
        float[] fake = Nd4j.randn(DataType.FLOAT, 32, 2).reshape(-1).toFloatVector();
        float[] t = GradientPenalty.mixingWeights(32, new Lcg48(9));
        float[] mixed = interpolates(Nd4j.createFromArray(real).reshape(32, 2), Nd4j.createFromArray(fake)
                .reshape(32, 2), new Lcg48(9)).reshape(-1).toFloatVector();
        double lambda = 0.1;
        Arrays.fill(d.gradients(), 0f);
        double gp = Penalties.gradientPenalty(d, real, fake, t, 32, lambda);
        assertThat(gp).isCloseTo(planePenalty(d, mixed, lambda, false), within(1e-6)).isGreaterThan(0);
        assertPlaneDerivative(d, () -> planePenalty(d, mixed, lambda, false));
    }

    /**
     * The papers penalise a loss that adds the mean over the real points to the mean over the fakes (the critic's
     * E[D(x~)] - E[D(x)] + lambda GP, the cross-entropy's two expectations + gamma / 2 R1). D's step here, on the mean
     * over both halves, must follow that objective's gradient (halved as a whole, which Adam does not see): twice D's
     * gradient after the loss and the penalty, against differences of the papers' objective computed by hand.
     */
    @Test
    void aPenalisedDStepFollowsThePapersObjective() {
        for (String loss : List.of(PlaneSettings.BCE, PlaneSettings.WGAN_GP)) {
            boolean critic = PlaneSettings.WGAN_GP.equals(loss);
            PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 5)
                    .with(Map.of("loss", loss, "r1Gamma", critic ? 0.0 : 1.0));
            Nd4j.getRandom().setSeed(5);
            Mlp d = PlaneGan.mlp(false, s);
            int n = 16;
            float[] real = PlaneData.RING_8.sample(n, new Random(5));
            float[] fake = new float[2 * n];
            Random r = new Random(6);
            for (int i = 0; i < fake.length; i++) {
                fake[i] = (float) r.nextGaussian();
            }
            float[] both = Arrays.copyOf(real, 4 * n);
            System.arraycopy(fake, 0, both, 2 * n, 2 * n);
            // D's step as PlaneGan takes it
            float[] logits = d.forward(both, 2 * n, false);
            double line = PlaneLosses.line(s, logits, n);
            d.backward(Losses.joined(PlaneLosses.real(s, logits, n, line), PlaneLosses.fake(s, logits, n, line)),
                    true, false);
            GradientPenalty.addTo(d, s, real, fake, n, new Lcg48(9));
            float[] doubled = d.gradients().clone();
            for (int i = 0; i < doubled.length; i++) {
                doubled[i] *= 2;
            }
            float[] mixed = interpolates(Nd4j.createFromArray(real).reshape(n, 2), Nd4j.createFromArray(fake)
                    .reshape(n, 2), new Lcg48(9)).reshape(-1).toFloatVector();
            DoubleSupplier objective = () -> {
                float[] out = d.forward(both, 2 * n, false);
                double realMean = 0;
                double fakeMean = 0;
                for (int i = 0; i < n; i++) {
                    realMean += (critic ? -out[i] : Math.log1p(Math.exp(-out[i]))) / n;
                    fakeMean += (critic ? out[n + i] : Math.log1p(Math.exp(out[n + i]))) / n;
                }
                return realMean + fakeMean + (critic ? planePenalty(d, mixed, 0.1, false)
                        : planePenalty(d, real, 1.0, true));
            };
            KinkAwareDifferences.check(doubled, d.parameters(), objective, 3, "D's step, " + loss);
        }
    }

    /** R1's gamma / 2 mean |c|^2, or WGAN-GP's lambda mean (|c| - 1)^2, of input gradients taken by hand. */
    private static double planePenalty(Mlp d, float[] x, double weight, boolean r1) {
        int n = x.length / 2;
        d.forward(x, n, false);
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        float[] c = d.backward(ones, false, true);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double norm = Math.hypot(c[2 * i], c[2 * i + 1]);
            sum += r1 ? weight / 2 * norm * norm : weight * (norm - 1) * (norm - 1);
        }
        return sum / n;
    }

    /** D's gradient (the penalty's alone) against differences of the penalty, weight by weight. */
    private static void assertPlaneDerivative(Mlp d, DoubleSupplier penalty) {
        KinkAwareDifferences.check(d.gradients().clone(), d.parameters(), penalty, 3, "the plane's D");
    }

    /**
     * {@code gradient} read along a random direction of D's parameters against the central difference of
     * {@code penalty} along it, to 2%.
     */
    private static void assertDerivative(Network d, INDArray gradient,
                                         DoubleSupplier penalty, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray p0 = d.parameters().dup();
        INDArray direction = Nd4j.randn(DataType.FLOAT, p0.shape());
        double h = 1e-3;
        d.parameters().assign(p0.add(direction.mul(h)));
        double plus = penalty.getAsDouble();
        d.parameters().assign(p0.sub(direction.mul(h)));
        double minus = penalty.getAsDouble();
        d.parameters().assign(p0);
        double numeric = (plus - minus) / (2 * h);
        double analytic = gradient.mul(direction).sumNumber().doubleValue();
        assertThat(analytic).isCloseTo(numeric, within(0.02 * Math.abs(numeric)));
    }

    /** t x + (1 - t) x~ row by row, t uniform from {@code draws}, computed plainly. */
    private static INDArray interpolates(INDArray real, INDArray fake, Lcg48 draws) {
        INDArray mixed = Nd4j.create(DataType.FLOAT, real.shape());
        for (int i = 0; i < real.size(0); i++) {
            double t = draws.nextDouble();
            for (int j = 0; j < real.size(1); j++) {
                mixed.putScalar(i, j, t * real.getDouble(i, j) + (1 - t) * fake.getDouble(i, j));
            }
        }
        return mixed;
    }

    /** lambda * mean (|grad_x D(x^)| - 1)^2, each row's norm taken by hand. */
    private static double gradientPenalty(Network d, INDArray mixed, double lambda,
                                          boolean heldSlopes) {
        INDArray out = d.forward(mixed.dup(), heldSlopes ? Mode.TANGENT
                : Mode.TRAIN_FROZEN);
        INDArray c = d.backward(Nd4j.ones(DataType.FLOAT, out.size(0), 1));
        double sum = 0;
        for (int i = 0; i < c.size(0); i++) {
            double norm = Math.hypot(c.getDouble(i, 0), c.getDouble(i, 1));
            sum += (norm - 1) * (norm - 1);
        }
        return lambda * sum / c.size(0);
    }

    private static void r1Check(Network d, INDArray real, boolean heldSlopes) {
        double gamma = 10;
        R1Penalty.Result r1 = R1Penalty.of(d, real.dup(), gamma);
        assertThat(r1.penalty()).isCloseTo(penalty(d, real, gamma, false), within(1e-6 * r1.penalty()));
        assertThat(r1.penalty()).isGreaterThan(0);
        // the directional derivative of the penalty along a random change of D's parameters
        d.forward(real.dup(), Mode.TRAIN_FROZEN);
        assertDerivative(d, r1.gradient(), () -> penalty(d, real, gamma, heldSlopes), 5);
    }

    /**
     * The training step takes R1's input gradient from D's own training pass, then runs the loss's backward pass on
     * the same cached activations: both must equal what separate passes give.
     */
    @Test
    void r1ReusesTheTrainingPassWithoutChangingTheStep() throws IOException {
        ExperimentConfig c = TrainerTest.small(Map.of("r1Gamma", 10.0));
        Discriminator d = TrainerTest.trainer(c).discriminator();
        INDArray real = Datasets.load(c).sample(new Random(2), 8);
        INDArray lossGradient = Nd4j.linspace(-1, 1, 8, DataType.FLOAT).reshape(8, 1);
        // separate passes: the loss's gradient, then R1 from a forward pass of its own
        d.forward(real.dup(), Mode.TRAIN_FROZEN);
        d.backward(lossGradient.dup());
        INDArray separateLoss = d.gradients().dup();
        R1Penalty.Result separate = R1Penalty.of(d, real.dup(), 10);
        // one pass: the input gradient first, then the loss's backward pass, then R1 without a forward pass
        d.forward(real.dup(), Mode.TRAIN_FROZEN);
        INDArray c1 = R1Penalty.inputGradient(d, 8);
        d.backward(lossGradient.dup());
        assertThat(d.gradients().equalsWithEps(separateLoss, 1e-6)).isTrue();
        R1Penalty.Result reused = R1Penalty.of(d, real.dup(), c1, 10);
        assertThat(reused.penalty()).isCloseTo(separate.penalty(), within(1e-9 * separate.penalty()));
        assertThat(reused.gradient().equalsWithEps(separate.gradient(), 1e-5)).isTrue();
    }

    @Test
    void theHingeLossesMatchTheirDefinitions() {
        float[] scores = {2f, 0.5f, -0.5f, -3f};
        // real: max(0, 1 - a) = 0, 0.5, 1.5, 4 -> mean 1.5; gradient -1/4 where the margin is not met
        Losses.Bce real = Losses.hinge(scores, 0, 4, true, 4);
        assertThat(real.loss()).isCloseTo(1.5, within(1e-12));
        assertThat(real.gradient()).containsExactly(0f, -0.25f, -0.25f, -0.25f);
        assertThat(real.accuracy()).isEqualTo(0.5);
        // fake: max(0, 1 + a) = 3, 1.5, 0.5, 0 -> mean 1.25
        Losses.Bce fake = Losses.hinge(scores, 0, 4, false, 4);
        assertThat(fake.loss()).isCloseTo(1.25, within(1e-12));
        assertThat(fake.gradient()).containsExactly(0.25f, 0.25f, 0.25f, 0f);
        // G: - mean a = 0.25
        Losses.Bce g = Losses.hingeGenerator(scores);
        assertThat(g.loss()).isCloseTo(0.25, within(1e-7));
        assertThat(g.gradient()).containsOnly(-0.25f);
    }

    @Test
    void augmentationShiftsAndCutsAsDrawnAndPassesTheGradientBackThroughTheSameMap() {
        int size = 8;
        INDArray x = Nd4j.arange(1, 2 * size * size + 1).castTo(DataType.FLOAT).reshape(2, size, size, 1);
        // image 0: one row down, two columns left, the 4x4 square around (0, 0); image 1: no shift, square at (7, 7)
        Augmentation.Draw draw = new Augmentation.Draw(size, new int[] {1, 0}, new int[] {-2, 0}, new int[] {0, 7},
                new int[] {0, 7});
        INDArray y = Augmentation.apply(x, draw);
        assertThat(Augmentation.maxShift(28)).isEqualTo(4);
        assertThat(Augmentation.cutout(28)).isEqualTo(14);
        // shifted: out[y][x] = in[y - 1][x + 2]; row 0 came from outside; (1, 1) is cut (square covers 0..1)
        assertThat(y.getDouble(0, 0, 5, 0)).isEqualTo(0.0);
        assertThat(y.getDouble(0, 3, 5, 0)).isEqualTo(x.getDouble(0, 2, 7, 0));
        assertThat(y.getDouble(0, 1, 1, 0)).isEqualTo(0.0);
        assertThat(y.getDouble(0, 2, 2, 0)).isEqualTo(x.getDouble(0, 1, 4, 0));
        assertThat(y.getDouble(0, 4, 6, 0)).isEqualTo(0.0); // x + 2 = 8 is outside
        // image 1 is itself except the square rows/columns 5..8 clipped at the border
        assertThat(y.getDouble(1, 4, 4, 0)).isEqualTo(x.getDouble(1, 4, 4, 0));
        assertThat(y.getDouble(1, 5, 5, 0)).isEqualTo(0.0);
        assertThat(y.getDouble(1, 7, 7, 0)).isEqualTo(0.0);
        // the backward pass is the map's transpose: <A x, g> = <x, A^T g> for any g
        Nd4j.getRandom().setSeed(2);
        INDArray g = Nd4j.randn(DataType.FLOAT, y.shape());
        double left = y.mul(g).sumNumber().doubleValue();
        double right = x.mul(Augmentation.backward(g, draw)).sumNumber().doubleValue();
        assertThat(left).isCloseTo(right, within(1e-3 * Math.abs(left)));
    }

    @Test
    void featureMatchingReplacesGsLossAndHingeChangesIt() throws IOException {
        IterationMetrics plain = TrainerTest.trainer(TrainerTest.small(Map.of())).iterate(1, 1, System.nanoTime());
        IterationMetrics matched = TrainerTest.trainer(TrainerTest.small(Map.of("featureMatching", true)))
                .iterate(1, 1, System.nanoTime());
        // D's first update is the same; G's loss is now a squared distance of features, much smaller than the BCE
        assertThat(matched.dLossReal()).isEqualTo(plain.dLossReal());
        assertThat(matched.gLoss()).isGreaterThan(0).isLessThan(plain.gLoss() / 2);
        IterationMetrics hinge = TrainerTest.trainer(TrainerTest.small(Map.of("hingeLoss", true)))
                .iterate(1, 1, System.nanoTime());
        assertThat(hinge.finite()).isTrue();
        assertThat(hinge.dLossReal()).isNotEqualTo(plain.dLossReal());
    }

    @Test
    void everyRemedyTrainsAndExtraDrawsDoNotReshuffleTheRealBatches() throws IOException {
        for (Map<String, Object> remedy : List.<Map<String, Object>>of(Map.of("spectralNorm", true),
                Map.of("r1Gamma", 5.0, "discBatchNorm", false), Map.of("packing", 2), Map.of("diffAugment", true),
                Map.of("instanceNoise", 0.3, "instanceNoiseFloor", 0.1), Map.of("genStepsPerDiscStep", 2),
                Map.of("minibatchStddev", true, "packing", 2, "hingeLoss", true))) {
            Trainer t = TrainerTest.trainer(TrainerTest.small(remedy));
            for (int i = 1; i <= 2; i++) {
                assertThat(t.iterate(i, 1, System.nanoTime()).finite()).as("%s", remedy).isTrue();
            }
        }
        // the noise and the augmentation draw from streams of their own: the data stream is where it would be
        Trainer plain = TrainerTest.trainer(TrainerTest.small(Map.of()));
        Trainer remedied = TrainerTest.trainer(TrainerTest.small(Map.of("instanceNoise", 0.3, "diffAugment", true,
                "featureMatching", true)));
        for (int i = 1; i <= 2; i++) {
            plain.iterate(i, 1, System.nanoTime());
            remedied.iterate(i, 1, System.nanoTime());
        }
        assertThat(remedied.step.streams.data.state()).isEqualTo(plain.step.streams.data.state());
        assertThat(remedied.step.streams.noise.state()).isNotEqualTo(plain.step.streams.noise.state());
    }

    @Test
    void instanceNoiseKeepsItsFloorToTheEnd() {
        ExperimentConfig c = TrainerTest.small(Map.of("instanceNoise", 0.4, "instanceNoiseFloor", 0.1));
        assertThat(c.instanceNoiseAt(1, 101)).isEqualTo(0.4);
        assertThat(c.instanceNoiseAt(51, 101)).isCloseTo(0.25, within(1e-12));
        assertThat(c.instanceNoiseAt(101, 101)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void remediesThatCannotGoTogetherAreRefusedByName() {
        assertThat(ConfigSchema.problems(TrainerTest.small(Map.of("packing", 3))))
                .anySatisfy(p -> assertThat(p.toString()).contains("packing").contains("divisible by 6"));
        assertThat(ConfigSchema.problems(TrainerTest.small(Map.of("hingeLoss", true, "saturatingGenLoss", true))))
                .anySatisfy(p -> assertThat(p.toString()).contains("hingeLoss"));
        Assertions.assertThatThrownBy(() -> ConfigSchema.validate(
                TrainerTest.small(Map.of("combinedBatch", true, "r1Gamma", 1.0)))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("combinedBatch");
    }
}
