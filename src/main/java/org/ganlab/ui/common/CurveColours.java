package org.ganlab.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.ganlab.records.Curve;

/**
 * The curves' colours as a style sheet made from the catalogue ({@link Curve}), so the lab and compare draw each
 * curve in the colour the headless figure uses. JavaFX numbers a chart's series default-color0, 1, ...; each panel's
 * rules give those numbers its curves' colours.
 */
public final class CurveColours {
    private CurveColours() {
    }

    /**
     * The style sheet's rules: first the loss panel's colours for every curve chart (the per-epoch charts of samples
     * against real images use them too), then each panel's own, which come later and so win.
     */
    static String css() {
        StringBuilder css = new StringBuilder();
        rules(css, ".curve-chart", Curve.Panel.LOSSES.curves());
        for (Curve.Panel panel : Curve.Panel.values()) {
            rules(css, "." + panel.styleClass(), panel.curves());
        }
        return css.toString();
    }

    private static void rules(StringBuilder css, String chart, List<Curve> curves) {
        for (int i = 0; i < curves.size(); i++) {
            String at = chart + " .default-color" + i;
            String colour = curves.get(i).hex();
            css.append(at).append(".chart-series-line { -fx-stroke: ").append(colour).append("; }\n");
            css.append(at).append(".chart-legend-item-symbol { -fx-background-color: ").append(colour)
                    .append(", white; }\n");
        }
    }

    /** The style sheet as a data URI, for a scene's list of style sheets. */
    public static String stylesheet() {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));
    }
}
