package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.ganlab.config.ConfigException;
import org.ganlab.config.Json;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePresets;
import org.ganlab.config.PlaneSettings;
import org.ganlab.quality.PlaneCoverage;
import org.ganlab.records.PlaneMeasures;
import org.ganlab.records.Player;
import org.junit.jupiter.api.Test;

/** The plane playground's data, measures and GAN: what a student would see go wrong if they broke. */
class PlaneGanTest {
    @Test
    void theRingsPointsLieOnItsEightModesAndCoverThemEvenly() {
        float[] xy = PlaneData.RING_8.sample(4000, new Random(1));
        PlaneMeasures m = PlaneCoverage.of(xy, PlaneData.RING_8);
        assertThat(m.covered()).isEqualTo(8);
        assertThat(m.highQuality()).as("within 3 deviations: 98.9% of a 2-D Gaussian").isGreaterThan(0.98);
        assertThat(m.kl()).isLessThan(0.01);
        assertThat(PlaneData.GRID_25.modes()).hasSize(25);
    }

    /** The continuous shapes are measured by their stretches: their own points cover all 8, a line's miss the ring. */
    @Test
    void eachShapesOwnPointsCoverItsEightStretches() {
        for (PlaneData shape : new PlaneData[] {PlaneData.MOONS, PlaneData.LINE, PlaneData.RING}) {
            PlaneMeasures m = PlaneCoverage.of(shape.sample(4000, new Random(4)), shape);
            assertThat(m.covered()).as(shape.name()).isEqualTo(8);
            assertThat(m.highQuality()).as(shape.name()).isGreaterThan(0.98);
            assertThat(m.kl()).as(shape.name() + ": stretches of equal length").isLessThan(0.02);
        }
        PlaneMeasures lineOnRing = PlaneCoverage.of(PlaneData.LINE.sample(1000, new Random(5)), PlaneData.RING);
        assertThat(lineOnRing.highQuality()).as("a line's points lie off the ring but near (+-2, 0)").isLessThan(0.05);
        assertThat(PlaneCoverage.of(PlaneData.RING_8.sample(1000, new Random(6)), PlaneData.RING_8).covered())
                .isEqualTo(8);
    }

    @Test
    void pointsOnOneModeAreACollapseInTheMeasures() {
        float[] xy = new float[2000];
        Random r = new Random(2);
        for (int i = 0; i < 1000; i++) {
            xy[2 * i] = (float) (2 + 0.02 * r.nextGaussian());
            xy[2 * i + 1] = (float) (0.02 * r.nextGaussian());
        }
        PlaneMeasures m = PlaneCoverage.of(xy, PlaneData.RING_8);
        assertThat(m.covered()).isEqualTo(1);
        assertThat(m.kl()).as("log 8 for one mode of eight").isCloseTo(Math.log(8), Assertions.within(1e-9));
        // points between the modes are not of high quality
        float[] between = {0, 0, 1, 1, -1.5f, 0.3f};
        assertThat(PlaneCoverage.of(between, PlaneData.RING_8).highQuality()).isZero();
    }

    @Test
    void trainingMovesGsPointsOntoTheRing() {
        PlaneGan gan = new PlaneGan(PlaneSettings.defaults(PlaneData.RING, 3));
        double before = ringDistance(gan.sample(500));
        for (int i = 0; i < 300; i++) {
            gan.iterate();
        }
        double after = ringDistance(gan.sample(500));
        assertThat(after).as("mean distance of G's points from the ring of radius 2, before %.2f", before)
                .isLessThan(before / 2);
        float[] field = gan.judge(new float[] {2, 0, 0, 0});
        assertThat(field.length).isEqualTo(2);
        for (float p : field) {
            assertThat(p).isBetween(0f, 1f);
        }
    }

    private static double ringDistance(float[] xy) {
        double sum = 0;
        for (int i = 0; i < xy.length / 2; i++) {
            sum += Math.abs(Math.hypot(xy[2 * i], xy[2 * i + 1]) - 2);
        }
        return sum / (xy.length / 2.0);
    }

    /** The arrows: G's push at a point is minus the derivative of G's loss there, -log D(x) for one point. */
    @Test
    void thePushIsMinusTheGradientOfGsLossByFiniteDifferences() {
        PlaneGan gan = new PlaneGan(PlaneSettings.defaults(PlaneData.RING_8, 4));
        for (int i = 0; i < 50; i++) {
            gan.iterate(); // a D with some shape
        }
        float[] at = {0.7f, -1.3f};
        float[] push = gan.push(at);
        double h = 1e-2;
        for (int axis = 0; axis < 2; axis++) {
            float[] up = at.clone();
            float[] down = at.clone();
            up[axis] += (float) h;
            down[axis] -= (float) h;
            double slope = (-Math.log(gan.judge(up)[0]) + Math.log(gan.judge(down)[0])) / (2 * h);
            assertThat((double) push[axis]).as("axis %d", axis)
                    .isCloseTo(-slope, Assertions.within(Math.abs(slope) * 0.05 + 1e-4));
        }
    }

    /** PacGAN: D judges packs of points, so it takes two points at a time; it trains and judges single points. */
    @Test
    void aPackingDiscriminatorTakesPacksAndStillDrawsAField() {
        PlaneSettings d = PlaneSettings.defaults(PlaneData.RING_8, 5);
        PlaneGan gan = new PlaneGan(new PlaneSettings(d.data(), d.latentSize(), d.hidden(), d.layers(),
                d.genLearningRate(), d.discLearningRate(), d.batch(), d.discSteps(), d.genSteps(), false, 2, false, 0, 0, 0, 0, false, 0, "bce", null, null, null, null, 5));
        PlaneGan.Step s = gan.iterate();
        assertThat(s.dLossReal()).isBetween(0.0, 5.0);
        assertThat(gan.judge(new float[] {2, 0, 0, 2, 1, 1})).hasSize(3);
        assertThat(gan.push(gan.sample(8))).hasSize(16);
        assertThat(new PlaneSettings(d.data(), 2, 64, 2, 1e-3, 1e-3, 3, 1, 1, false, 2, false, 0, 0, 0, 0, false, 0, "bce", null, null, null, null, 1).problem())
                .as("a batch of less than two packs").hasValueSatisfying(p -> assertThat(p).startsWith("batch"));
    }

    /**
     * One update at a time in the iteration's order: each of D's updates changes D's weights and not G's, G's update
     * G's and not D's (D unrolled ahead for it is put back), and the iteration then ends as one taken whole.
     */
    @Test
    void aDUpdateChangesOnlyDsWeightsAndAGUpdateOnlyGs() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 6).with(Map.of("discSteps", 2,
                "unrolledSteps", 1));
        PlaneGan stepped = new PlaneGan(s);
        PlaneGan whole = new PlaneGan(s);
        for (Player expected : List.of(Player.D, Player.D)) {
            assertThat(stepped.next()).isEqualTo(expected);
            float[] g = stepped.generator.parameters().clone();
            float[] d = stepped.discriminator.parameters().clone();
            stepped.update();
            assertThat(stepped.generator.parameters().clone()).as("G after a D update").isEqualTo(g);
            assertThat(stepped.discriminator.parameters().clone()).as("D after a D update").isNotEqualTo(d);
        }
        assertThat(stepped.next()).isEqualTo(Player.G);
        assertThat(stepped.updatesLeft()).isEqualTo(1);
        float[] g = stepped.generator.parameters().clone();
        float[] d = stepped.discriminator.parameters().clone();
        PlaneGan.Step last = stepped.iterate(); // takes what is left: G's update
        assertThat(stepped.discriminator.parameters().clone()).as("D after a G update").isEqualTo(d);
        assertThat(stepped.generator.parameters().clone()).as("G after a G update").isNotEqualTo(g);
        assertThat(stepped.next()).isEqualTo(Player.D);
        assertThat(stepped.updatesLeft()).isEqualTo(3);
        assertThat(last).isEqualTo(whole.iterate());
        assertThat(stepped.generator.parameters().clone())
                .isEqualTo(whole.generator.parameters().clone());
    }

    /** Instance noise starts at its deviation and falls linearly to nothing over its annealing iterations. */
    @Test
    void instanceNoiseFallsToNothingOverItsAnnealing() {
        PlaneSettings d = PlaneSettings.defaults(PlaneData.RING_8, 6);
        PlaneGan gan = new PlaneGan(new PlaneSettings(d.data(), 2, 16, 1, 1e-3, 1e-3, 64, 1, 1, false, 1, false,
                0.5, 10, 0, 0, false, 0, "bce", null, null, null, null, 6));
        assertThat(gan.noise.deviation(gan.done)).isEqualTo(0.5);
        for (int i = 0; i < 5; i++) {
            gan.iterate();
        }
        assertThat(gan.noise.deviation(gan.done)).isCloseTo(0.25, Assertions.within(1e-12));
        for (int i = 0; i < 10; i++) {
            gan.iterate();
        }
        assertThat(gan.noise.deviation(gan.done)).isZero();
        assertThat(new PlaneSettings(d.data(), 2, 16, 1, 1e-3, 1e-3, 64, 1, 1, false, 1, false, -1, 0, 0, 0, false, 0, "bce", null, null, null, null, 6).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("instanceNoise"));
    }

    /** An unrolled G step trains D ahead and puts it back: D's own steps are the only ones that count. */
    @Test
    void unrolledStepsLeaveDAsItsOwnStepsMadeIt() {
        PlaneSettings d = PlaneSettings.defaults(PlaneData.RING_8, 7);
        PlaneGan unrolled = new PlaneGan(new PlaneSettings(d.data(), 2, 16, 1, 1e-3, 1e-3, 64, 2, 1, false, 1, false,
                0, 0, 3, 0, false, 0, "bce", null, null, null, null, 7));
        PlaneGan plain = new PlaneGan(new PlaneSettings(d.data(), 2, 16, 1, 1e-3, 1e-3, 64, 2, 1, false, 1, false,
                0, 0, 0, 0, false, 0, "bce", null, null, null, null, 7));
        PlaneGan.Step a = unrolled.iterate();
        PlaneGan.Step b = plain.iterate();
        assertThat(unrolled.discriminator.updates()).isEqualTo(2);
        assertThat(a.dLossReal()).as("D's own steps saw the same batches").isEqualTo(b.dLossReal());
        assertThat(a.gLoss()).as("G's loss was taken against the D three steps ahead").isNotEqualTo(b.gLoss());
        float[] grid = {0, 0, 1, 1, 2, 0};
        PlaneGan.Step a2 = unrolled.iterate();
        assertThat(unrolled.discriminator.updates()).isEqualTo(4);
        assertThat(unrolled.judge(grid)).hasSize(3);
        assertThat(a2.dLossReal()).isFinite();
    }

    /**
     * The unrolled GAN to second order (Metz et al.'s own): D's own steps are untouched and it is put back after G's
     * look ahead, G's step differs from the first-order one, and settings it cannot train with are named.
     */
    @Test
    void theSecondOrderUnrolledStepLeavesDAsItsOwnStepsMadeItAndNamesWhatItCannotTrainWith() {
        PlaneSettings d = PlaneSettings.defaults(PlaneData.RING_8, 7).with(Map.of("hidden", 16, "layers", 1,
                "batch", 64, "discSteps", 2, "unrolledSteps", 3));
        PlaneGan second = new PlaneGan(d.with(Map.of("unrolledSecondOrder", true)));
        PlaneGan first = new PlaneGan(d);
        PlaneGan.Step a = second.iterate();
        PlaneGan.Step b = first.iterate();
        assertThat(second.discriminator.updates()).isEqualTo(2);
        assertThat(a.dLossReal()).as("D's own steps saw the same batches").isEqualTo(b.dLossReal());
        assertThat(second.generator.parameters()).as("G's step through D's steps, not past them")
                .isNotEqualTo(first.generator.parameters());
        assertThat(second.iterate().gLoss()).isFinite();
        assertThat(d.with(Map.of("unrolledSecondOrder", true, "unrolledSteps", 0)).problem())
                .hasValue("unrolledSecondOrder: needs unrolledSteps 1 to 20");
        assertThat(d.with(Map.of("unrolledSecondOrder", true, "loss", "hinge")).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("unrolledSecondOrder: only with loss bce"));
        assertThat(d.with(Map.of("unrolledSecondOrder", true, "spectralNorm", true)).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("unrolledSecondOrder: not with spectralNorm"));
        assertThat(PlaneSettings.defaults(PlaneData.RING_8, 7).unrolledSecondOrder()).as("a saved run without it")
                .isFalse();
    }

    /**
     * A mixture a student places: its points lie on the placed modes, it goes through the settings' JSON and back as
     * the same mixture (also from the CLI's text), a GAN trains on it, and bad mixtures are named as such.
     */
    @Test
    void aDrawnMixtureSamplesItsModesAndTravelsThroughTheSettings() {
        PlaneData drawn = PlaneData.drawn(List.of(new double[] {-1, 1}, new double[] {2, -0.5}));
        PlaneMeasures own = PlaneCoverage.of(drawn.sample(2000, new Random(7)), drawn);
        assertThat(own.covered()).isEqualTo(2);
        assertThat(own.highQuality()).isGreaterThan(0.98);
        PlaneSettings s = (PlaneSettings.defaults(PlaneData.RING_8, 1)).with(Map.of("data", drawn));
        assertThat(s.data()).isEqualTo(drawn).isNotEqualTo(PlaneData.RING_8);
        assertThat(Json.MAPPER.convertValue(s, Map.class).get("data"))
                .isEqualTo(Map.of("drawn", List.of(List.of(-1.0, 1.0),
                        List.of(2.0, -0.5))));
        assertThat((PlaneSettings.defaults(PlaneData.RING_8, 1)).with(Map.of("data", "{\"drawn\": [[-1, 1], [2, -0.5]]}")).data()).isEqualTo(drawn);
        assertThat((PlaneSettings.defaults(PlaneData.RING_8, 1)).with(Map.of("data", "GRID_25"))
                .data()).isSameAs(PlaneData.GRID_25);
        PlaneGan gan = new PlaneGan((PlaneSettings.defaults(PlaneData.RING_8, 2)).with(Map.of("data", drawn, "hidden", 16)));
        for (int i = 0; i < 3; i++) {
            assertThat(gan.iterate().dLossReal()).isFinite();
        }
        assertThat(gan.measure(200).histogram()).hasSize(2);
        Assertions.assertThatThrownBy(() -> (PlaneSettings.defaults(
                PlaneData.RING_8, 1)).with(Map.of("data", "{\"drawn\": []}")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("data")
                .hasMessageContaining("1 to 25 modes");
        Assertions.assertThatThrownBy(() -> PlaneData.drawn(List.of(
                new double[] {3, 0}))).hasMessageContaining("between -2.75 and 2.75");
        Assertions.assertThatThrownBy(() -> (PlaneSettings.defaults(
                PlaneData.RING_8, 1)).with(Map.of("data", "SPIRAL")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("RING_8");
    }

    /** R1 keeps D's field flat at the real points: with it, D's logit changes far less across a mode's centre. */
    @Test
    void theR1PenaltyFlattensDsFieldAtTheRealPoints() {
        Map<String, Object> dWins = Map.of("hidden", 32, "genLearningRate", 1e-4,
                "discLearningRate", 1e-3, "discSteps", 5, "saturatingGenLoss", true);
        double plain = slopeAtTheModes((PlaneSettings.defaults(PlaneData.RING_8, 8)).with(dWins));
        Map<String, Object> penalised = new HashMap<>(dWins);
        penalised.put("r1Gamma", 1.0);
        double r1 = slopeAtTheModes((PlaneSettings.defaults(PlaneData.RING_8, 8)).with(penalised));
        assertThat(r1).as("the mean |grad D| at the modes with R1, against %.3f without", plain)
                .isLessThan(plain / 2);
    }

    /** After 150 iterations, the mean norm of the gradient of D's logit at the eight modes, by central differences. */
    private static double slopeAtTheModes(PlaneSettings s) {
        PlaneGan gan = new PlaneGan(s);
        for (int i = 0; i < 150; i++) {
            gan.iterate();
        }
        double sum = 0;
        double h = 1e-2;
        for (double[] m : PlaneData.RING_8.modes()) {
            float[] at = {(float) (m[0] + h), (float) m[1], (float) (m[0] - h), (float) m[1],
                (float) m[0], (float) (m[1] + h), (float) m[0], (float) (m[1] - h)};
            float[] p = gan.judge(at);
            double dx = (logit(p[0]) - logit(p[1])) / (2 * h);
            double dy = (logit(p[2]) - logit(p[3])) / (2 * h);
            sum += Math.hypot(dx, dy);
        }
        return sum / PlaneData.RING_8.modes().size();
    }

    private static double logit(float p) {
        return Math.log(p / (1.0 - p));
    }

    /** {@code base} with D's spectral normalisation and one-sided label smoothing set. */
    private static PlaneSettings withD(PlaneSettings b, boolean spectral, double smoothing) {
        return new PlaneSettings(b.data(), b.latentSize(), b.hidden(), b.layers(), b.genLearningRate(),
                b.discLearningRate(), b.batch(), b.discSteps(), b.genSteps(), b.saturatingGenLoss(), b.pack(),
                b.minibatchStd(), b.instanceNoise(), b.noiseAnneal(), b.unrolledSteps(), b.r1Gamma(), spectral,
                smoothing, b.loss(), b.genBeta1(), b.genBeta2(), b.discBeta1(), b.discBeta2(), b.seed());
    }

    /**
     * With spectral normalisation D's logit is 1-Lipschitz (every layer's weights divided by their largest singular
     * value, LeakyReLU between): two points a distance d apart differ in D's logit by at most about d, while the
     * winning D of '2-D: D wins' trained without it is far steeper. G's layers are left alone.
     */
    @Test
    void spectralNormalisationKeepsDsLogitOneLipschitz() {
        PlaneSettings plain = PlanePresets.get("plane-d-wins").settings(8);
        PlaneGan normalised = new PlaneGan(withD(plain, true, 0));
        PlaneGan steep = new PlaneGan(plain);
        for (int i = 0; i < 300; i++) {
            normalised.iterate();
            steep.iterate();
        }
        for (int l = 0; l < 3; l++) {
            assertThat(normalised.discriminator.spectralSigma(l)).as("D's layer %d", l).isPositive();
            assertThat(normalised.generator.spectralSigma(l)).as("G's layer %d", l).isNaN();
        }
        assertThat(steepest(normalised)).as("D's steepest slope with spectral norm").isLessThan(1.1);
        assertThat(steepest(steep)).as("the same D without it").isGreaterThan(2.0);
    }

    /** The largest |logit(x) - logit(y)| / |x - y| over pairs of nearby points across the plane. */
    private static double steepest(PlaneGan gan) {
        Random r = new Random(3);
        int n = 2000;
        float[] xy = new float[4 * n];
        for (int i = 0; i < n; i++) {
            float x = (float) (r.nextDouble() * 8 - 4);
            float y = (float) (r.nextDouble() * 8 - 4);
            xy[4 * i] = x;
            xy[4 * i + 1] = y;
            xy[4 * i + 2] = x + (float) (r.nextGaussian() * 0.05);
            xy[4 * i + 3] = y + (float) (r.nextGaussian() * 0.05);
        }
        float[] p = gan.judge(xy);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.hypot(xy[4 * i] - xy[4 * i + 2], xy[4 * i + 1] - xy[4 * i + 3]);
            double a = Math.log(p[2 * i] / (1.0 - p[2 * i]));
            double b = Math.log(p[2 * i + 1] / (1.0 - p[2 * i + 1]));
            if (d > 1e-3 && Double.isFinite(a) && Double.isFinite(b)) {
                worst = Math.max(worst, Math.abs(a - b) / d);
            }
        }
        return worst;
    }

    /**
     * One-sided label smoothing moves only D's target for real points: the loss softplus(a) - t a gains (1 - t) times
     * the mean real logit, so on the same first batch smoothing 0.4 adds exactly twice what 0.2 adds, and the fake
     * half's loss does not change.
     */
    @Test
    void labelSmoothingMovesOnlyTheRealTargetByItsDefinition() {
        PlaneSettings plain = PlaneSettings.defaults(PlaneData.RING_8, 9);
        PlaneGan.Step none = new PlaneGan(plain).iterate();
        PlaneGan.Step some = new PlaneGan(withD(plain, false, 0.2)).iterate();
        PlaneGan.Step more = new PlaneGan(withD(plain, false, 0.4)).iterate();
        assertThat(some.dLossFake()).isEqualTo(none.dLossFake());
        assertThat(some.dLossReal() - none.dLossReal()).isNotCloseTo(0, Assertions.within(1e-4));
        assertThat(more.dLossReal() - none.dLossReal()).isCloseTo(2 * (some.dLossReal() - none.dLossReal()),
                Assertions.within(1e-5));
        assertThat(withD(plain, false, 0.6).problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("labelSmoothing"));
        assertThatThrownBy(() -> plain.with(Map.of("loss", "wasserstein")))
                .hasMessage("loss: 'wasserstein' is not one of bce, hinge, wgan-gp");
        assertThat(new PlaneSettings(plain.data(), 2, 64, 2, 1e-3, 1e-3, 256, 1, 1, false, 1, false, 0, 0, 0, 0, false,
                0, "wasserstein", null, null, null, null, 9).problem()).hasValue("loss: 'wasserstein' is not allowed; allowed: one of bce, "
                + "hinge, wgan-gp");
        assertThat(plain.with(Map.of("loss", "hinge", "saturatingGenLoss", true)).problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("saturatingGenLoss: only with loss bce"));
    }

    /**
     * Adam's betas are settings of a run on points (the papers' optimisers differ: WGAN-GP's uses beta1 0 and beta2
     * 0.9); a run saved before they existed reads as the defaults, and a beta of 1 is refused by name.
     */
    @Test
    void adamsBetasAreSettingsAndARunSavedWithoutThemReadsTheDefaults() {
        PlaneSettings usual = PlaneSettings.defaults(PlaneData.RING_8, 3);
        Map<String, Object> saved = new HashMap<>(Json.MAPPER.convertValue(usual, Map.class));
        for (String beta : List.of("genBeta1", "genBeta2", "discBeta1", "discBeta2")) {
            assertThat(saved.remove(beta)).as(beta).isNotNull();
        }
        assertThat(Json.MAPPER.convertValue(saved, PlaneSettings.class)).isEqualTo(usual);
        PlaneSettings paper = usual.with(Map.of("discBeta1", 0.0, "discBeta2", 0.9));
        assertThat(paper.problem()).isEmpty();
        PlaneGan a = new PlaneGan(usual);
        PlaneGan b = new PlaneGan(paper);
        for (int i = 0; i < 3; i++) {
            a.iterate();
            b.iterate();
        }
        assertThat(b.discriminator.parameters()).as("D with the paper's betas").isNotEqualTo(a.discriminator.parameters());
        assertThat(usual.with(Map.of("discBeta2", 1.0)).problem()).hasValueSatisfying(p ->
                assertThat(p).startsWith("discBeta2"));
    }
}
