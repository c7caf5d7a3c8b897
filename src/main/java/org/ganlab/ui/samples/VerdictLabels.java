package org.ganlab.ui.samples;

import javafx.scene.control.Label;

/** A verdict in words and colour: the labels above the grid (the lab's and the presentation view's) and the CSS class. */
public final class VerdictLabels {
    private VerdictLabels() {
    }

    /**
     * Writes the verdict at {@code epoch} into the two labels: the run's verdict at its last epoch, the epoch's own
     * when scrubbing back, coloured by its CSS class, with the first piece of evidence (all of it in the tooltip).
     */
    public static void show(org.ganlab.diagnosis.Diagnosis d, int epoch, Label verdict, Label evidence) {
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (d == null) {
            verdict.setText("Verdict: waiting for the first epoch");
            evidence.setText("");
            return;
        }
        var ofEpoch = org.ganlab.records.PerEpoch.find(d.epochs(), epoch).orElse(null);
        boolean last = d.epochs().isEmpty() || ofEpoch == null || ofEpoch == d.epochs().get(d.epochs().size() - 1);
        org.ganlab.diagnosis.Verdict v = last ? d.verdict() : ofEpoch.verdict();
        java.util.List<String> why = last ? d.evidence() : ofEpoch.evidence();
        verdict.setText((last ? "Verdict: " : "Epoch " + epoch + ": ") + v.label());
        verdict.getStyleClass().add(styleClass(v));
        String first = why.isEmpty() ? v.meaning() : why.get(0);
        evidence.setText(first.isEmpty() ? first : Character.toUpperCase(first.charAt(0)) + first.substring(1));
        evidence.setTooltip(new javafx.scene.control.Tooltip(v.meaning() + "\n" + String.join("\n", why)));
    }

    /** The CSS class that colours a verdict (lab.css), e.g. verdict-mode-collapse. */
    public static String styleClass(org.ganlab.diagnosis.Verdict v) {
        return "verdict-" + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
