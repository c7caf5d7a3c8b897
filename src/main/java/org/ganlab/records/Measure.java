package org.ganlab.records;

/**
 * What each measure and mark on the screen is (beside the per-iteration curves, {@link Curve}), its formula in
 * symbols and its source: the text its chart or legend shows on hovering and the guide's page of numbers lists.
 */
public enum Measure {
    DIVERSITY("Sample diversity", "The mean distance from each of G's images to its nearest other image, "
            + "(1/n) Σᵢ minⱼ≠ᵢ d(xᵢ, xⱼ), with d the root-mean-square difference of the pixels. Repeated images "
            + "drive it towards 0 (mode collapse); the same measure of as many real images is the reference line. A "
            + "nearest-neighbour check of the kind Theis et al. 2016 discuss for generative models."),
    REALISM("Realism", "The mean distance from each of G's images to its nearest real image, (1/n) Σᵢ minᵣ d(xᵢ, r), "
            + "as a multiple of the same measure for real images. Noise and blurred blobs, far from every real image, "
            + "drive it up. A nearest-neighbour check of the kind Theis et al. 2016 discuss."),
    HELD_OUT("Held-out gap", "D on real images it trains on against real images it never sees: the share it calls "
            + "real, (1/n) Σ [D(x) > ½], for each. A widening gap is D memorising its training set (Arjovsky and "
            + "Bottou 2017; Karras et al. 2020, on training with little data)."),
    DIGITS("Digits covered and the Inception-style score", "Digits covered: how many of the ten digits the digit "
            + "classifier reads among G's fresh samples of the epoch. Inception-style score: exp(E_x KL(p(y|x) ‖ "
            + "p(y))) with the classifier's p(y|x), highest when each sample is one clear digit and all digits are "
            + "drawn alike (Salimans et al. 2016)."),
    FRECHET("Frechet distance", "Between Gaussians fitted to the classifier's features of real images and of G's "
            + "samples: ‖μᵣ − μ_g‖² + Tr(Σᵣ + Σ_g − 2 (Σᵣ Σ_g)^½). Lower is closer; real images against real images "
            + "give the floor line (Heusel et al. 2017)."),
    PRECISION_RECALL("Precision and recall", "Precision: the share of G's samples inside the k-nearest-neighbour "
            + "balls of real images (realistic). Recall: the share of real images inside the balls of G's samples "
            + "(varied). Both in the classifier's features, k = 3 (Kynkäänniemi et al. 2019)."),
    MODES_COVERED("Modes covered", "Among fresh points of G at each check: a point belongs to a mode when it lies "
            + "within " + Math.round(PlaneMeasures.STDS) + " standard deviations of its centre, ‖x − μₖ‖ ≤ "
            + Math.round(PlaneMeasures.STDS) + "σ, and a mode is covered when a set share of the points belongs to "
            + "it, so that stray points do not count. The measure of the 2-D literature (Srivastava et al. 2017, "
            + "VEEGAN; Lin et al. 2018, PacGAN)."),
    FIELD("D's field", "At every point x of the plane, D(x) = σ(a(x)), the logistic of D's raw score a: the "
            + "probability D gives that a point there is real. Purple below ½ (says fake), white at ½, green above "
            + "(says real). A critic (WGAN-GP) gives scores, not probabilities: the colour is then σ(a(x) − m), m the "
            + "midpoint of its mean scores of real and fake points. Source: Goodfellow et al. 2014; the picture after "
            + "GAN Lab (Kahng et al. 2018)."),
    PUSH("G's push", "At each of G's points x = G(z), the arrow is −∇ₓ L_G, minus the gradient of G's loss with "
            + "respect to the point: the way G's update moves it (before the learning rate and Adam's scaling). For "
            + "the non-saturating loss L_G = −log D(x), so the arrow is ∇ₓ log D(x) = (1 − D(x)) ∇ₓ a(x), up D's "
            + "slope towards where D says real. With the saturating loss L_G = log(1 − D(x)) it is D(x) ∇ₓ a(x), "
            + "which vanishes where D is sure the point is fake. Source: Goodfellow et al. 2014; the picture after "
            + "GAN Lab (Kahng et al. 2018)."),
    REAL_POINTS("Real points", "Drawn from the data set, x ~ p_data: the ring of eight Gaussians of Metz et al. "
            + "2017, or another shape of the Data setting."),
    G_POINTS("G's points", "G(z) for fresh noise z ~ N(0, I): what G draws now (Goodfellow et al. 2014).");

    private final String label;
    private final String meaning;

    Measure(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What it is, its formula and its source. */
    public String meaning() {
        return meaning;
    }

    /** "Label: meaning", as a chart's or a legend's tooltip says it. */
    public String explained() {
        return label + ": " + meaning;
    }
}
