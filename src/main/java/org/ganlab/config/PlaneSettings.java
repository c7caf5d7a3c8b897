package org.ganlab.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a plane playground run (see {@code org.ganlab.train.PlaneGan}, which trains them).
 *
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
 * @param unrolledSteps G's step looks this many D steps ahead (unrolled GAN, Metz et al. 2017): by default to
 *                  first order (D is trained that many steps on fresh batches, G's gradient is taken against that
 *                  D, and D is put back); 0 for the usual step
 * @param r1Gamma   the weight gamma of the R1 gradient penalty on real points (Mescheder et al. 2018): D's loss gains
 *                  gamma / 2 times the mean squared norm of D's gradient with respect to a real point; 0 for none
 * @param spectralNorm D's weights are divided by their largest singular value (spectral normalisation, Miyato et al.
 *                  2018, one power iteration per D step), so D's output changes at most as fast as its input
 * @param labelSmoothing D's target for real points is 1 minus this (one-sided label smoothing, Salimans et al.
 *                  2016); 0 for none
 * @param loss      "bce", the original GAN's cross-entropy (the default; saturatingGenLoss picks G's form), "hinge"
 *                  (Lim and Ye 2017) or "wgan-gp", the Wasserstein critic with the gradient penalty at lambda 0.1
 *                  (Gulrajani et al. 2017, their weight for 2-D data)
 * @param genBeta1  Adam's beta1 for G ({@link #BETA1} when a saved run has none); likewise G's beta2 and D's betas
 * @param unrolledSecondOrder the unrolled GAN as its paper defines it: G's gradient is taken through D's unrolled
 *                  Adam steps on G's own batch, the second-order term included (false when a saved run has none)
 */
public record PlaneSettings(PlaneData data, int latentSize, int hidden, int layers, double genLearningRate,
                       double discLearningRate, int batch, int discSteps, int genSteps, boolean saturatingGenLoss,
                       int pack, boolean minibatchStd, double instanceNoise, int noiseAnneal, int unrolledSteps,
                       double r1Gamma, boolean spectralNorm, double labelSmoothing, String loss, Double genBeta1,
                       Double genBeta2, Double discBeta1, Double discBeta2, long seed, Boolean unrolledSecondOrder) {
    /** The losses, by the names {@code loss} takes: the original GAN's cross-entropy, the hinge, the critic. */
    public static final String BCE = "bce";
    public static final String HINGE = "hinge";
    public static final String WGAN_GP = "wgan-gp";
    /** Iterations between two checks, the playground's epoch: its numbers, picture and checkpoint are taken then. */
    public static final int CHECK_EVERY = 250;
    /**
     * The longest run: every check keeps its picture for scrubbing, so the budget bounds the memory a run takes (800
     * checks); a few minutes at the playground's speed, 25 times the longest preset.
     */
    public static final int MAX_ITERATIONS = 200_000;

    /** The fields that shape the networks, which a branch keeps. */
    private static final List<String> SHAPING = List.of("latentSize", "hidden", "layers", "pack", "minibatchStd",
            "spectralNorm");

    /** Adam's betas unless a run says otherwise, as the image GAN's (DCGAN's 0.5, Adam's own 0.999). */
    public static final double BETA1 = 0.5;
    public static final double BETA2 = 0.999;

    public PlaneSettings {
        // runs saved before these fields existed
        loss = loss == null ? BCE : loss;
        genBeta1 = genBeta1 == null ? BETA1 : genBeta1;
        genBeta2 = genBeta2 == null ? BETA2 : genBeta2;
        discBeta1 = discBeta1 == null ? BETA1 : discBeta1;
        discBeta2 = discBeta2 == null ? BETA2 : discBeta2;
        unrolledSecondOrder = unrolledSecondOrder != null && unrolledSecondOrder;
    }

    /** Settings with the unrolled GAN to first order, where it is used at all. */
    public PlaneSettings(PlaneData data, int latentSize, int hidden, int layers, double genLearningRate,
                         double discLearningRate, int batch, int discSteps, int genSteps, boolean saturatingGenLoss,
                         int pack, boolean minibatchStd, double instanceNoise, int noiseAnneal, int unrolledSteps,
                         double r1Gamma, boolean spectralNorm, double labelSmoothing, String loss, Double genBeta1,
                         Double genBeta2, Double discBeta1, Double discBeta2, long seed) {
        this(data, latentSize, hidden, layers, genLearningRate, discLearningRate, batch, discSteps, genSteps,
                saturatingGenLoss, pack, minibatchStd, instanceNoise, noiseAnneal, unrolledSteps, r1Gamma, spectralNorm,
                labelSmoothing, loss, genBeta1, genBeta2, discBeta1, discBeta2, seed, false);
    }

    /** The playground's defaults: ring of 8, latent 2, two hidden layers of 64, Adam 0.001 / 0.001, batch 256. */
    public static PlaneSettings defaults(PlaneData data, long seed) {
        return new PlaneSettings(data, 2, 64, 2, 1e-3, 1e-3, 256, 1, 1, false, 1, false, 0, 0, 0, 0, false, 0,
                BCE, BETA1, BETA2, BETA1, BETA2, seed);
    }

    /** These settings with the named fields changed ({@link SettingsSchema#apply}). */
    public PlaneSettings with(Map<String, ?> changes) {
        return ConfigSchema.POINTS.apply(this, changes);
    }

    /**
     * The first problem of these settings ({@link ConfigSchema#POINTS}), naming the field and what is allowed; empty
     * when they can train.
     */
    public Optional<String> problem() {
        return ConfigSchema.POINTS.problems(this).stream().findFirst().map(ConfigProblem::toString);
    }

    /**
     * Why a branch of a run with these settings cannot train with {@code changed}, naming the field: a branch trains
     * its parent's networks on its parent's data, so the data and what shapes the networks (the latent size, the
     * widths, the depth, packing, the spread input, spectral normalisation) stay. Empty when it can.
     */
    public Optional<String> branchProblem(PlaneSettings changed) {
        if (!changed.data().equals(data)) {
            return Optional.of("data: a branch trains on its parent's data");
        }
        Map<String, Object> was = Json.MAPPER.convertValue(this, Map.class);
        Map<String, Object> now = Json.MAPPER.convertValue(changed, Map.class);
        return SHAPING.stream().filter(f -> !Objects.equals(was.get(f), now.get(f))).findFirst().map(f -> f
                + ": a branch trains its parent's networks, so it stays " + was.get(f) + " (" + String.join(", ",
                SHAPING) + " shape them)");
    }
}
