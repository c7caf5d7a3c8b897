package org.ganlab.ui.plane;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ganlab.records.PlaneCheck;
import org.ganlab.ui.present.PresentationView;
import org.ganlab.ui.samples.VerdictLabels;

/**
 * What the playground shows in the {@link PresentationView}: the plane with D's field (or the model's overview) as
 * large as the window's height allows, and on the right the verdict with its evidence, the compared run's line, the
 * legend and the modes covered per check. It follows the playground's window: the check shown, the layers, B.
 */
final class PlanePresentation implements PresentationView.Content {
    /** Margins around the picture and the room the right-hand column keeps at least (a share of the width). */
    private static final double MARGINS = 40;
    private static final double SIDE_SHARE = 0.34;
    private final PlaneShow show;
    private final VBox side;

    PlanePresentation(PlaneModel model, PlaneShow.Layers layers) {
        show = new PlaneShow(model, layers, () -> { });
        show.picture().setId("presented-plane");
        Label verdict = VerdictLabels.verdict("presented-plane-verdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        Label evidence = VerdictLabels.evidence(null);
        CoverageChart chart = new CoverageChart(model.totalProperty());
        CureComparisonPane.followCompared(model.picture(), show.picture(), chart);
        Label compared = new Label();
        compared.setWrapText(true);
        compared.visibleProperty().bind(model.picture().beforeProperty().isNotNull());
        compared.managedProperty().bind(compared.visibleProperty());
        model.picture().beforeProperty().addListener((o, a, b) -> compared.setText(b == null ? "" : b.verdictLine()));
        compared.setText(model.picture().beforeProperty().get() == null ? ""
                : model.picture().beforeProperty().get().verdictLine());
        model.diagnosisProperty().addListener((o, a, d) -> PlaneShow.verdict(d, verdict, evidence));
        PlaneShow.verdict(model.diagnosisProperty().get(), verdict, evidence);
        model.checks().addListener((ListChangeListener<PlaneCheck>) c -> chart.show(model.checks()));
        chart.show(model.checks());
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        side = new VBox(10, verdict, evidence, compared, PlaneLegend.node(), chart.node());
    }

    @Override
    public Node picture() {
        return show.node();
    }

    @Override
    public Node side() {
        return side;
    }

    @Override
    public List<String> keys() {
        return List.of("Space", "Left / Right", "D", "G", "M", "O", "B");
    }

    /** The plane is square: as tall as the window allows, leaving the column on the right its share. */
    @Override
    public void fit(double width, double height) {
        double sideLength = Math.max(200, Math.min(height - MARGINS, width * (1 - SIDE_SHARE) - MARGINS));
        show.node().setPrefSize(sideLength, sideLength);
        show.node().setMaxSize(sideLength, sideLength);
    }

    /** The plane drawn on the projector (tests). */
    PlanePicture plane() {
        return show.picture();
    }
}
