package org.ganlab.run;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ganlab.records.Curve;
import org.ganlab.records.IterationMetrics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The reference figure: losses (D real, D fake, G) above, D's accuracies below, against iteration. */
public final class CurvesFigure {
    private static final int WIDTH = 1200;
    private static final int PANEL_HEIGHT = 420;

    private CurvesFigure() {
    }

    public static BufferedImage render(List<IterationMetrics> rows, String title) {
        XYChart losses = panel(title + ": losses", Curve.Panel.LOSSES.axis());
        Curve.Panel.LOSSES.curves().forEach(c -> add(losses, rows, c));
        XYChart accuracy = panel("accuracy", Curve.Panel.ACCURACY.axis());
        Curve.Panel.ACCURACY.curves().forEach(c -> add(accuracy, rows, c));
        accuracy.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);

        BufferedImage top = BitmapEncoder.getBufferedImage(losses);
        BufferedImage bottom = BitmapEncoder.getBufferedImage(accuracy);
        BufferedImage figure = new BufferedImage(WIDTH, 2 * PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = figure.createGraphics();
        g.drawImage(top, 0, 0, null);
        g.drawImage(bottom, 0, PANEL_HEIGHT, null);
        if (rows.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            g.drawString("no iterations recorded", WIDTH / 2 - 120, PANEL_HEIGHT / 2);
        }
        g.dispose();
        return figure;
    }

    private static XYChart panel(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(PANEL_HEIGHT).title(title)
                .xAxisTitle("iteration").yAxisTitle(yTitle).build();
        var style = chart.getStyler();
        style.setPlotGridLinesColor(new Color(0xDDDDDD));
        style.setXAxisTickMarkSpacingHint(120);
        style.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        style.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        style.setChartBackgroundColor(Color.WHITE);
        style.setLegendPosition(Styler.LegendPosition.OutsideE);
        style.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        style.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        return chart;
    }

    private static void add(XYChart chart, List<IterationMetrics> rows, Curve curve) {
        if (rows.isEmpty()) {
            return;
        }
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = rows.get(i).iteration();
            double v = curve.of(rows.get(i));
            y[i] = Double.isFinite(v) ? v : Double.NaN;
        }
        XYSeries s = chart.addSeries(curve.label(), x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(new Color(curve.rgb()));
        s.setLineStyle(new BasicStroke(2f));
    }
}
