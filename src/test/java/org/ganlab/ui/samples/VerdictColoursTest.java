package org.ganlab.ui.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.diagnosis.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The verdict colours of lab.css, checked as a colour-blind viewer at the back of a room would see them: white text
 * readable on each (WCAG contrast at least 4.5:1), and every two verdicts apart by a CIELAB distance of at least 15
 * (about six just-noticeable differences) both as drawn and through a simulation of deuteranopia, the most common
 * colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1, applied in linear RGB) and of protanopia.
 */
class VerdictColoursTest {
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    private static final double MIN_DISTANCE = 15;

    static Map<Verdict, double[]> colours() throws Exception {
        String css = Files.readString(Path.of("resources/org/ganlab/ui/lab.css"));
        Map<Verdict, double[]> colours = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            Matcher m = Pattern.compile("\\." + VerdictLabels.styleClass(v) + " \\{ -fx-background-color: #([0-9a-fA-F]{6});")
                    .matcher(css);
            assertThat(m.find()).as("lab.css colours " + v).isTrue();
            int rgb = Integer.parseInt(m.group(1), 16);
            colours.put(v, new double[] {linear(rgb >> 16 & 255), linear(rgb >> 8 & 255), linear(rgb & 255)});
        }
        return colours;
    }

    @Test
    void whiteTextIsReadableOnEveryVerdict() throws Exception {
        colours().forEach((v, c) -> assertThat(1.05 / (luminance(c) + 0.05)).as(v.label()).isGreaterThanOrEqualTo(4.5));
    }

    @Test
    void everyTwoVerdictsStayApartForNormalAndColourBlindVision() throws Exception {
        Map<Verdict, double[]> colours = colours();
        for (double[][] vision : new double[][][] {NORMAL, DEUTERANOPIA, PROTANOPIA}) {
            for (Verdict a : Verdict.values()) {
                for (Verdict b : Verdict.values()) {
                    if (a.ordinal() < b.ordinal()) {
                        double d = distance(lab(apply(vision, colours.get(a))), lab(apply(vision, colours.get(b))));
                        assertThat(d).as(a.label() + " against " + b.label()).isGreaterThanOrEqualTo(MIN_DISTANCE);
                    }
                }
            }
        }
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] c) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double[] apply(double[][] m, double[] c) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2]));
        }
        return out;
    }

    /** CIELAB (D65) of a linear sRGB colour. */
    private static double[] lab(double[] c) {
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
