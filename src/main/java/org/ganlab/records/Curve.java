package org.ganlab.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The per-iteration curves, in one place for the CSV, the headless figure, the lab and compare: each curve's label,
 * its metrics.csv column, its panel and its colour (the reference figure's: D on real images blue, D on fakes red,
 * G green).
 */
public enum Curve {
    D_LOSS_REAL("D loss real", "d_loss_real", Panel.LOSSES, 0x1f77b4, IterationMetrics::dLossReal,
            "D's loss on the real half of its batch: −(1/n) Σ log D(xᵢ), the cross-entropy against the label 1 "
            + "(1 − s with label smoothing s). Source: Goodfellow et al. 2014, eq. 1. With the hinge loss "
            + "(1/n) Σ max(0, 1 − D(xᵢ)), Lim and Ye 2017; for WGAN-GP's critic −(1/n) Σ D(xᵢ), Gulrajani et al. "
            + "2017."),
    D_LOSS_FAKE("D loss fake", "d_loss_fake", Panel.LOSSES, 0xd62728, IterationMetrics::dLossFake,
            "D's loss on G's half of its batch: −(1/n) Σ log(1 − D(G(zᵢ))), the cross-entropy against the label 0. "
            + "Source: Goodfellow et al. 2014, eq. 1. With the hinge loss (1/n) Σ max(0, 1 + D(G(zᵢ))); for the "
            + "critic (1/n) Σ D(G(zᵢ))."),
    G_LOSS("G loss", "g_loss", Panel.LOSSES, 0x2ca02c, IterationMetrics::gLoss,
            "G's loss on its batch: −(1/n) Σ log D(G(zᵢ)), the non-saturating form (Goodfellow et al. 2014, "
            + "section 3); with the saturating loss (1/n) Σ log(1 − D(G(zᵢ))); with the hinge loss or the critic "
            + "−(1/n) Σ D(G(zᵢ)); with feature matching ‖mean f(x) − mean f(G(z))‖² over D's last hidden "
            + "features (Salimans et al. 2016)."),
    D_ACC_REAL("D acc real", "d_acc_real", Panel.ACCURACY, 0x1f77b4, IterationMetrics::dAccReal,
            "The share of real images D calls real: (1/n) Σ [D(xᵢ) > ½], its raw score above 0 (for a critic, "
            + "above the midpoint of its mean scores of real and fake). 1 means D is never fooled on real data. D is "
            + "a binary classifier of real against fake (Goodfellow et al. 2014)."),
    D_ACC_FAKE("D acc fake", "d_acc_fake", Panel.ACCURACY, 0xd62728, IterationMetrics::dAccFake,
            "The share of G's images D calls fake: (1/n) Σ [D(G(zᵢ)) ≤ ½]. Near 1 with D acc real near 1, D "
            + "wins; near ½ each, neither can tell (Goodfellow et al. 2014: at the game's optimum D(x) = ½)."),
    D_REAL("D(x)", "d_x", Panel.OUTPUTS, 0x1f77b4, IterationMetrics::dReal,
            "D's mean probability that a real image is real: (1/n) Σ σ(a(xᵢ)), with a D's raw score and σ the "
            + "logistic function. Source: Goodfellow et al. 2014."),
    D_FAKE("D(G(z))", "d_g_z", Panel.OUTPUTS, 0xd62728, IterationMetrics::dFake,
            "D's mean probability that G's image is real: (1/n) Σ σ(a(G(zᵢ))). Near 0, G's saturating loss gives "
            + "G almost no gradient (Goodfellow et al. 2014, section 3)."),
    G_GRADIENT("G", "g_grad_norm", Panel.GRADIENTS, 0x1f77b4, IterationMetrics::gGradNorm,
            "The L2 norm of the gradient of G's loss in G's first layer's weights, ‖∂L_G/∂W₁‖₂, after G's "
            + "update. It falls towards 0 when D saturates and G stops learning (Arjovsky and Bottou 2017)."),
    D_GRADIENT("D", "d_grad_norm", Panel.GRADIENTS, 0xd62728, IterationMetrics::dGradNorm,
            "The L2 norm of the gradient of D's loss in D's first layer's weights, ‖∂L_D/∂W₁‖₂, averaged over "
            + "D's updates of the iteration. A D whose gradient explodes or vanishes is one the penalties of "
            + "Gulrajani et al. 2017 and Mescheder et al. 2018 hold back.");

    /** A chart of curves over the iterations. */
    public enum Panel {
        LOSSES("Losses", "loss"),
        ACCURACY("Accuracy", "accuracy"),
        OUTPUTS("D output", "mean D"),
        GRADIENTS("First-layer gradient norm", "L2 norm");

        private final String title;
        private final String axis;

        Panel(String title, String axis) {
            this.title = title;
            this.axis = axis;
        }

        public String title() {
            return title;
        }

        public String axis() {
            return axis;
        }

        /** The panel's curves, in drawing order. */
        public List<Curve> curves() {
            return Arrays.stream(Curve.values()).filter(c -> c.panel == this).toList();
        }

        /** A name for style sheets: curves-losses, curves-accuracy, ... */
        public String styleClass() {
            return "curves-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final String label;
    private final String column;
    private final Panel panel;
    private final int rgb;
    private final ToDoubleFunction<IterationMetrics> value;
    private final String meaning;

    Curve(String label, String column, Panel panel, int rgb, ToDoubleFunction<IterationMetrics> value,
          String meaning) {
        this.meaning = meaning;
        this.label = label;
        this.column = column;
        this.panel = panel;
        this.rgb = rgb;
        this.value = value;
    }

    public String label() {
        return label;
    }

    /** What the curve is, its formula and its source, as a student reads it on hovering its legend. */
    public String meaning() {
        return meaning;
    }

    /**
     * The curves whose figures a piece of text (a verdict's evidence) quotes, in this order: "D loss" D's two
     * losses, "G loss", "accuracy" D's two accuracies, "D(x)" and "D(G(z))".
     */
    public static List<Curve> quotedIn(String text) {
        List<Curve> quoted = new ArrayList<>();
        for (Curve c : values()) {
            String name = switch (c) {
                case D_LOSS_REAL, D_LOSS_FAKE -> "D loss";
                case D_ACC_REAL, D_ACC_FAKE -> "accuracy";
                default -> c.label;
            };
            if (c.panel != Panel.GRADIENTS && text.contains(name)) {
                quoted.add(c);
            }
        }
        return quoted;
    }

    /** The curve of this label, if any. */
    public static Optional<Curve> labelled(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    /** The metrics.csv column the curve is read from. */
    public String column() {
        return column;
    }

    public Panel panel() {
        return panel;
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The colour as #rrggbb. */
    public String hex() {
        return String.format("#%06x", rgb);
    }

    public double of(IterationMetrics m) {
        return value.applyAsDouble(m);
    }
}
