package org.ganlab.config;

import java.util.Map;
import java.util.Optional;

/**
 * What a setting does, as a formula in symbols (not code), and the paper it comes from: one table for both kinds of
 * data, by the settings' names (a name the two kinds share means the same thing in both). The editor's tooltips show
 * it under each setting's help text.
 */
public final class Formulas {
    /**
     * A setting's formula and source.
     *
     * @param symbols the formula, in the notation of its paper
     * @param source  the paper: authors and year
     */
    public record Formula(String symbols, String source) {
    }

    private static final String GOODFELLOW = "Goodfellow et al. 2014, Algorithm 1";
    private static final String ADAM = "Kingma and Ba 2015 (Adam)";
    private static final String BATCH_NORM = "Ioffe and Szegedy 2015";
    private static final Formula LEARNING_RATE = new Formula("θ ← θ − η · m̂ / (√v̂ + ε)", ADAM);
    private static final Formula BETA1 = new Formula("m ← β₁ m + (1 − β₁) g   (the mean of the gradient g)", ADAM);
    private static final Formula BETA2 = new Formula("v ← β₂ v + (1 − β₂) g²   (the mean of its square)", ADAM);
    private static final Formula BATCH = new Formula("each loss is a mean over the batch: L = (1/m) Σᵢ ℓᵢ",
            GOODFELLOW);
    private static final Formula D_STEPS = new Formula("k times: D ascends (1/m) Σᵢ [log D(xᵢ) + log(1 − D(G(zᵢ)))]; "
            + "then G takes its step", GOODFELLOW);
    private static final Formula G_STEPS = new Formula("after D's steps, G descends (1/m) Σᵢ −log D(G(zᵢ)) this many "
            + "times", "Goodfellow et al. 2014, section 6 (the Helvetica scenario)");
    private static final Formula PACKING = new Formula("D judges k samples at once: D(x₁ ⊕ x₂ ⊕ … ⊕ x_k)",
            "Lin et al. 2018 (PacGAN)");
    private static final Formula STDDEV = new Formula("s = mean over features of √(Var over the batch + ε), one more "
            + "input to D", "Karras et al. 2018");
    private static final Formula NOISE = new Formula("D sees x + ε and G(z) + ε, ε ~ N(0, σ² I), σ falling linearly "
            + "with the iterations", "Sønderby et al. 2017; Arjovsky and Bottou 2017");
    private static final Formula NORM = new Formula(
            "BN(h) = γ (h − μ_B) / √(σ_B² + ε) + β, μ_B and σ_B² over the batch", BATCH_NORM);

    private static final Map<String, Formula> BY_NAME = Map.ofEntries(
            Map.entry("genLearningRate", LEARNING_RATE),
            Map.entry("discLearningRate", LEARNING_RATE),
            Map.entry("genBeta1", BETA1),
            Map.entry("discBeta1", BETA1),
            Map.entry("genBeta2", BETA2),
            Map.entry("discBeta2", BETA2),
            Map.entry("batchSize", BATCH),
            Map.entry("batch", BATCH),
            Map.entry("discStepsPerGenStep", D_STEPS),
            Map.entry("discSteps", D_STEPS),
            Map.entry("genStepsPerDiscStep", G_STEPS),
            Map.entry("genSteps", G_STEPS),
            Map.entry("latentSize", new Formula("z ~ N(0, I_d), d the latent size; G draws G(z)", GOODFELLOW)),
            Map.entry("initStd", new Formula("w ~ N(0, σ²)", "Radford et al. 2015 (DCGAN: σ = 0.02)")),
            Map.entry("weightInit", new Formula("XAVIER: w ~ U(−√(6 / (n_in + n_out)), +√(6 / (n_in + n_out)))",
                    "Glorot and Bengio 2010")),
            Map.entry("leakySlope", new Formula("LeakyReLU(h) = max(h, a · h)", "Maas et al. 2013")),
            Map.entry("batchNorm", NORM),
            Map.entry("genBatchNorm", NORM),
            Map.entry("discBatchNorm", NORM),
            Map.entry("batchNormDecay", new Formula("μ ← decay · μ + (1 − decay) · μ_B (and σ² likewise)",
                    BATCH_NORM)),
            Map.entry("combinedBatch", new Formula("one batch [x; G(z)]: μ_B and σ_B² mix the real and the fake "
                    + "images", BATCH_NORM)),
            Map.entry("runningAverageSampling", new Formula("G draws with BN(h) = γ (h − μ) / √(σ² + ε) + β, the "
                    + "running μ and σ² in place of the batch's", BATCH_NORM)),
            Map.entry("saturatingGenLoss", new Formula("G minimises (1/m) Σᵢ log(1 − D(G(zᵢ))), whose gradient "
                    + "vanishes as D(G(z)) → 0", "Goodfellow et al. 2014, section 3")),
            Map.entry("featureMatching", new Formula("‖(1/m) Σᵢ f(xᵢ) − (1/m) Σᵢ f(G(zᵢ))‖², f D's last hidden "
                    + "features", "Salimans et al. 2016")),
            Map.entry("featureMatchingWeight", new Formula("L_G = w · ‖(1/m) Σᵢ f(xᵢ) − (1/m) Σᵢ f(G(zᵢ))‖²",
                    "Salimans et al. 2016")),
            Map.entry("labelSmoothing", new Formula("D's target for real images 1 − s: −(1 − s) log D(x) − s log(1 − "
                    + "D(x))", "Salimans et al. 2016")),
            Map.entry("conditional", new Formula("G(z, y); D(x, y) = ψ(φ(x)) + yᵀ V φ(x)",
                    "Mirza and Osindero 2014; Miyato and Koyama 2018")),
            Map.entry("minibatchStddev", STDDEV),
            Map.entry("minibatchStd", STDDEV),
            Map.entry("instanceNoise", NOISE),
            Map.entry("instanceNoiseFloor", NOISE),
            Map.entry("noiseAnneal", NOISE),
            Map.entry("spectralNorm", new Formula("W ← W / σ(W), σ(W) its largest singular value (power iteration)",
                    "Miyato et al. 2018")),
            Map.entry("r1Gamma", new Formula("D's loss + (γ/2) E_x ‖∇ₓ D(x)‖², on real images only",
                    "Mescheder et al. 2018")),
            Map.entry("hingeLoss", new Formula("L_D = E max(0, 1 − D(x)) + E max(0, 1 + D(G(z))); L_G = −E D(G(z))",
                    "Lim and Ye 2017; Miyato et al. 2018")),
            Map.entry("loss", new Formula("wgan-gp: L_D = E D(G(z)) − E D(x) + λ E (‖∇D(x̂)‖ − 1)², x̂ = εx + (1 − ε) "
                    + "G(z); hinge: max(0, 1 ∓ D)", "Gulrajani et al. 2017; Lim and Ye 2017")),
            Map.entry("packing", PACKING),
            Map.entry("pack", PACKING),
            Map.entry("diffAugment", new Formula("L_D = f(D(T(x))) + f(−D(T(G(z)))); L_G = f(−D(T(G(z)))), T a "
                    + "differentiable shift and cut-out", "Zhao et al. 2020 (DiffAugment)")),
            Map.entry("unrolledSteps", new Formula("G descends f(θ_G, θ_D^K), θ_D^(k+1) = θ_D^k + η ∂f/∂θ_D^k",
                    "Metz et al. 2017")),
            Map.entry("unrolledSecondOrder", new Formula("dθ_D^K / dθ_G is kept: G's gradient passes through all K "
                    + "of D's steps", "Metz et al. 2017")));

    private Formulas() {
    }

    /** The formula of the setting called {@code name}, if it has one. */
    public static Optional<Formula> of(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** {@code help} with the setting's formula and source under it, as a tooltip shows them. */
    public static String explain(String name, String help) {
        return of(name).map(f -> help + "\n\n" + f.symbols() + "\nSource: " + f.source()).orElse(help);
    }
}
