package org.ganlab.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.Measure;
import org.ganlab.records.QualityRow;
import org.ganlab.ui.common.Explanations;
import org.ganlab.ui.run.ShownRunModel;

/**
 * The curves drawn per epoch rather than per iteration: the Diversity tab (the diagnosis' yardsticks of the samples
 * against real images, and D on seen against unseen images) and the Quality tab (the digit classifier's measures with
 * the real images' floor). Each chart's epoch axis spans the run's epochs.
 */
final class EpochCharts {
    private final ShownRunModel model;

    EpochCharts(ShownRunModel model) {
        this.model = model;
    }

    /**
     * Per-epoch yardsticks of the samples from the diagnosis, each against real images: diversity (collapse drives it
     * towards 0) and realism (poor samples drive it up); and, for runs on capped data, D on seen against unseen real
     * images (a widening gap is D memorising its training set).
     */
    Node diversity() {
        NumberAxis diversityAxis = new NumberAxis();
        diversityAxis.setLabel("nearest other");
        LineChart<Number, Number> diversity = epochChart("diversity-chart",
                "Sample diversity (collapse drives it towards 0)", diversityAxis, "generated samples", "real images",
                d -> againstReal(d, Diagnosis.EpochDiagnosis::diversity, d.realDiversity()));
        NumberAxis realismAxis = new NumberAxis();
        realismAxis.setLabel("× real images'");
        LineChart<Number, Number> realism = epochChart("realism-chart",
                "Distance to the nearest real image (poor samples drive it up)", realismAxis, "generated samples",
                "real images", d -> againstReal(d, Diagnosis.EpochDiagnosis::realism, 1.0));
        NumberAxis calledReal = new NumberAxis(0, 1, 0.25);
        calledReal.setLabel("called real");
        LineChart<Number, Number> heldOut = epochChart("held-out-chart",
                "D on real images: its training images vs never seen", calledReal, "training images", "unseen images",
                d -> List.of(heldOutPoints(d, HeldOutCheck::seen), heldOutPoints(d, HeldOutCheck::unseen)));
        // only runs on capped data have images D never sees
        heldOut.setVisible(false);
        heldOut.managedProperty().bind(heldOut.visibleProperty());
        model.diagnosisProperty().addListener((o, a, d) ->
                heldOut.setVisible(d != null && d.epochs().stream().anyMatch(e -> e.heldOut() != null)));
        explain(diversity, Measure.DIVERSITY);
        explain(realism, Measure.REALISM);
        explain(heldOut, Measure.HELD_OUT);
        VBox box = new VBox(4, diversity, realism, heldOut);
        for (Node n : box.getChildren()) {
            VBox.setVgrow(n, Priority.ALWAYS);
        }
        return box;
    }

    /**
     * The published measures per epoch, from the digit classifier (quality.csv): digits covered with the
     * Inception-style score (mean of 10 splits), the Frechet distance against that of real images, precision and
     * recall. Each chart's title gives the same measures of as many real images (the floor a perfect generator
     * reaches at the run's sample size), and the Frechet chart draws it as a line.
     */
    Node quality() {
        ObservableList<QualityRow> rows = model.quality();
        LineChart<Number, Number> digits = epochChart("quality-digits-chart", "", new NumberAxis(0, 10, 2),
                "digits covered (10 = all)", "Inception-style score", rows,
                () -> List.of(qualityPoints(rows, r -> r.modes()), qualityPoints(rows, r -> r.inceptionScore())));
        LineChart<Number, Number> frechet = epochChart("quality-frechet-chart", "", new NumberAxis(),
                "samples (lower is closer)", "real images", rows, () -> {
                    QualityRow real = model.qualityReal(); // the floor, a flat line across the epochs
                    List<XYChart.Data<Number, Number>> floor = rows.isEmpty() || real == null ? List.of() : List.of(
                            new XYChart.Data<>(rows.get(0).epoch(), real.frechetDistance()),
                            new XYChart.Data<>(rows.get(rows.size() - 1).epoch(), real.frechetDistance()));
                    return List.of(qualityPoints(rows, r -> r.frechetDistance()), floor);
                });
        LineChart<Number, Number> pr = epochChart("quality-pr-chart", "", new NumberAxis(0, 1, 0.25),
                "precision (realistic)", "recall (varied)", rows,
                () -> List.of(qualityPoints(rows, r -> r.precision()), qualityPoints(rows, r -> r.recall())));
        explain(digits, Measure.DIGITS);
        explain(frechet, Measure.FRECHET);
        explain(pr, Measure.PRECISION_RECALL);
        Runnable titles = () -> { // one short line each (three charts share the tab), the hints in the legends
            QualityRow r = model.qualityReal();
            Locale root = Locale.ROOT;
            digits.setTitle("Digits covered and score" + (r == null ? "" : String.format(root, " · real: %d, %.1f",
                    r.modes(), r.inceptionScore())));
            frechet.setTitle("Frechet distance" + (r == null ? "" : String.format(root, " · real images: %.1f",
                    r.frechetDistance())));
            pr.setTitle("Precision and recall" + (r == null ? "" : String.format(root, " · real: %.2f, %.2f",
                    r.precision(), r.recall())));
        };
        rows.addListener((ListChangeListener<QualityRow>) c -> titles.run());
        titles.run();
        Label note = new Label();
        note.setId("quality-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Runnable explain = () -> {
            note.setText(model.qualityNote());
            note.setVisible(!note.getText().isEmpty());
            note.setManaged(note.isVisible());
        };
        rows.addListener((ListChangeListener<QualityRow>) c -> explain.run());
        model.titleProperty().addListener((o, a, b) -> explain.run());
        explain.run();
        VBox box = new VBox(4, note, digits, frechet, pr);
        for (LineChart<Number, Number> chart : List.of(digits, frechet, pr)) {
            VBox.setVgrow(chart, Priority.ALWAYS);
            chart.setMinHeight(0); // three charts share the tab: at 1024x768 the last one's axis label was cut off
        }
        return box;
    }

    private static List<XYChart.Data<Number, Number>> qualityPoints(List<QualityRow> rows,
            ToDoubleFunction<QualityRow> value) {
        return rows.stream().map(r -> new XYChart.Data<Number, Number>(r.epoch(), value.applyAsDouble(r))).toList();
    }

    /** The samples' value per epoch, and the real images' value as a flat line across the same epochs. */
    private static List<List<XYChart.Data<Number, Number>>> againstReal(Diagnosis d,
            ToDoubleFunction<Diagnosis.EpochDiagnosis> value, double realValue) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        List<XYChart.Data<Number, Number>> real = new ArrayList<>();
        for (var e : d.epochs()) {
            points.add(new XYChart.Data<>(e.epoch(), value.applyAsDouble(e)));
        }
        if (!d.epochs().isEmpty()) {
            real.add(new XYChart.Data<>(d.epochs().get(0).epoch(), realValue));
            real.add(new XYChart.Data<>(d.epochs().get(d.epochs().size() - 1).epoch(), realValue));
        }
        return List.of(points, real);
    }

    private static List<XYChart.Data<Number, Number>> heldOutPoints(Diagnosis d, ToDoubleFunction<HeldOutCheck> value) {
        return d.epochs().stream().filter(e -> e.heldOut() != null)
                .map(e -> new XYChart.Data<Number, Number>(e.epoch(), value.applyAsDouble(e.heldOut()))).toList();
    }

    /**
     * A chart of two series over the epochs, redrawn from each new diagnosis; its epoch axis spans the run's epochs
     * with at most about ten whole-number ticks.
     */
    private LineChart<Number, Number> epochChart(String id, String title, NumberAxis y, String firstName,
            String secondName, Function<Diagnosis, List<List<XYChart.Data<Number, Number>>>> points) {
        return epochChart(id, title, y, firstName, secondName, model.diagnosisProperty(), () -> {
            Diagnosis d = model.diagnosisProperty().get();
            return d == null ? List.of(List.of(), List.of()) : points.apply(d);
        });
    }

    /** Hovering {@code chart} says what it measures, its formula and its source. */
    private static void explain(LineChart<Number, Number> chart, Measure measure) {
        Tooltip.install(chart, Explanations.tooltip(measure.explained()));
    }

    /** The same chart fed by any source: redrawn whenever {@code source} changes. */
    private LineChart<Number, Number> epochChart(String id, String title, NumberAxis y, String firstName,
            String secondName, Observable source,
            Supplier<List<List<XYChart.Data<Number, Number>>>> points) {
        NumberAxis x = new NumberAxis(1, 2, 1);
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.getStyleClass().add("curve-chart");
        chart.setId(id);
        // beside the plot: three of these charts share one tab, and a legend below would take their height
        chart.setLegendSide(Side.RIGHT);
        XYChart.Series<Number, Number> first = new XYChart.Series<>();
        first.setName(firstName);
        XYChart.Series<Number, Number> second = new XYChart.Series<>();
        second.setName(secondName);
        chart.getData().add(first);
        chart.getData().add(second);
        source.addListener(o -> {
            List<List<XYChart.Data<Number, Number>>> both = points.get();
            int last = 2;
            for (List<XYChart.Data<Number, Number>> series : both) {
                for (XYChart.Data<Number, Number> point : series) {
                    last = Math.max(last, point.getXValue().intValue());
                }
            }
            x.setUpperBound(last);
            x.setTickUnit(Math.max(1, Math.ceil(last / 10.0)));
            first.getData().setAll(both.get(0));
            second.getData().setAll(both.get(1));
        });
        return chart;
    }
}
