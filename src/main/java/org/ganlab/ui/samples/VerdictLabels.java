package org.ganlab.ui.samples;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.Curve;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.Explanations;

/** A verdict in words and colour: the labels above the grid (the lab's and the presentation view's) and the CSS class. */
public final class VerdictLabels {
    private VerdictLabels() {
    }

    /** The verdict's label (lab.css's "verdict"), wrapping and never squeezed below its text. */
    public static Label verdict(String id) {
        return label(id, "verdict");
    }

    /** The evidence's label under the verdict (lab.css's "evidence"), wrapping and never squeezed below its text. */
    public static Label evidence(String id) {
        return label(id, "evidence");
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Writes the verdict at {@code epoch} into the two labels: the run's verdict at its last epoch, the epoch's own
     * when scrubbing back, coloured by its CSS class, with the first piece of evidence (all of it in the tooltip).
     */
    public static void show(Diagnosis d, int epoch, Label verdict, Label evidence) {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (d == null) {
            verdict.setText("Verdict: waiting for the first epoch");
            evidence.setText("");
            return;
        }
        var ofEpoch = PerEpoch.find(d.epochs(), epoch).orElse(null);
        boolean last = d.epochs().isEmpty() || ofEpoch == null || ofEpoch == d.epochs().get(d.epochs().size() - 1);
        show(last ? "Verdict: " : "Epoch " + epoch + ": ", last ? d.verdict() : ofEpoch.verdict(),
                last ? d.evidence() : ofEpoch.evidence(), verdict, evidence);
    }

    /**
     * Writes {@code v} after {@code heading} into {@code verdict}, coloured by its CSS class, and the first piece of
     * {@code why} (or the verdict's meaning) into {@code evidence}, with all of it in the tooltip: both kinds of data.
     */
    public static void show(String heading, Verdict v, List<String> why, Label verdict, Label evidence) {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        verdict.setText(heading + v.label());
        verdict.getStyleClass().add(styleClass(v));
        String first = why.isEmpty() ? v.meaning() : why.get(0);
        evidence.setText(first.isEmpty() ? first : Character.toUpperCase(first.charAt(0)) + first.substring(1));
        evidence.setTooltip(Explanations.tooltip(explained(v, why)));
    }

    /**
     * The evidence's tooltip: the verdict's meaning, all its evidence, what each figure it quotes is (its formula and
     * source, from the curve it comes from), and where the verdict comes from.
     */
    static String explained(Verdict v, List<String> why) {
        String evidence = String.join("\n", why);
        StringBuilder b = new StringBuilder(v.meaning()).append("\n").append(evidence);
        for (Curve c : Curve.quotedIn(evidence)) {
            b.append("\n\n").append(c.label()).append(": ").append(c.meaning());
        }
        return b.append("\n\nSource of the verdict: ").append(v.source()).toString();
    }

    /** The CSS class that colours a verdict (lab.css), e.g. verdict-mode-collapse. */
    public static String styleClass(Verdict v) {
        return "verdict-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
