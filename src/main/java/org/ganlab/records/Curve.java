package org.ganlab.records;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The per-iteration curves, in one place for the CSV, the headless figure, the lab and compare: each curve's label,
 * its metrics.csv column, its panel and its colour (the reference figure's: D on real images blue, D on fakes red,
 * G green).
 */
public enum Curve {
    D_LOSS_REAL("D loss real", "d_loss_real", Panel.LOSSES, 0x1f77b4, IterationMetrics::dLossReal),
    D_LOSS_FAKE("D loss fake", "d_loss_fake", Panel.LOSSES, 0xd62728, IterationMetrics::dLossFake),
    G_LOSS("G loss", "g_loss", Panel.LOSSES, 0x2ca02c, IterationMetrics::gLoss),
    D_ACC_REAL("D acc real", "d_acc_real", Panel.ACCURACY, 0x1f77b4, IterationMetrics::dAccReal),
    D_ACC_FAKE("D acc fake", "d_acc_fake", Panel.ACCURACY, 0xd62728, IterationMetrics::dAccFake),
    D_REAL("D(x)", "d_x", Panel.OUTPUTS, 0x1f77b4, IterationMetrics::dReal),
    D_FAKE("D(G(z))", "d_g_z", Panel.OUTPUTS, 0xd62728, IterationMetrics::dFake),
    G_GRADIENT("G", "g_grad_norm", Panel.GRADIENTS, 0x1f77b4, IterationMetrics::gGradNorm),
    D_GRADIENT("D", "d_grad_norm", Panel.GRADIENTS, 0xd62728, IterationMetrics::dGradNorm);

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

    Curve(String label, String column, Panel panel, int rgb, ToDoubleFunction<IterationMetrics> value) {
        this.label = label;
        this.column = column;
        this.panel = panel;
        this.rgb = rgb;
        this.value = value;
    }

    public String label() {
        return label;
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
