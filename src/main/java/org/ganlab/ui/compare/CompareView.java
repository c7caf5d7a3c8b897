package org.ganlab.ui.compare;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.ganlab.records.Curve;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.Folders;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.curves.SharedIterationAxis;
import org.ganlab.ui.plane.PlaneImages;
import org.ganlab.ui.run.EpochCursor;
import org.ganlab.ui.run.RunFolderModel;

/**
 * Two runs side by side, of either kind, for example stable against mode collapse: each run's losses and accuracies
 * on axes shared by both, so heights compare directly, its picture below (a run on images' sample grid, a run on
 * points' plane at a check), and one slider over the epochs (or checks) for both pictures.
 */
public final class CompareView {
    private final CompareModel model;
    /** Both runs' charts on one iteration axis: zooming or panning one moves all four. */
    private final SharedIterationAxis axis = new SharedIterationAxis(this::iterationsPerEpoch);
    private final Side[] sides = {new Side("A"), new Side("B")};
    private final Slider slider = new Slider(1, 10, 1);
    /** The one owner of the epoch both grids show: the slider only asks it to move. */
    private final EpochCursor cursor = new EpochCursor();
    private final Label epochLabel = new Label();
    private final BorderPane root = new BorderPane();

    /** One run of the two. */
    private final class Side {
        final String name;
        final MenuButton chooser;
        final Label title = new Label("choose a run");
        final LineChart<Number, Number> losses = CompareCharts.chart(Curve.Panel.LOSSES);
        final LineChart<Number, Number> accuracy = CompareCharts.chart(Curve.Panel.ACCURACY);
        final ImageView grid = new ImageView();
        CompareModel.Shown run;

        Side(String name) {
            this.name = name;
            chooser = new MenuButton("Run " + name + "…");
            chooser.setId("compare-choose-" + name.toLowerCase());
            title.getStyleClass().add("caption");
            title.setWrapText(true); // a long run's name and verdict wrap, never cut
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.setId("compare-title-" + name.toLowerCase());
            grid.setSmooth(false);
            grid.setId("compare-grid-" + name.toLowerCase());
        }
    }

    public CompareView(BackgroundTasks tasks, Path shownRun) {
        this.model = new CompareModel(tasks);
        for (int i = 0; i < 2; i++) {
            Side s = sides[i];
            axis.attach(s.losses);
            axis.attach(s.accuracy);
            s.title.textProperty().bind(model.titleProperty(i));
            model.runProperty(i).addListener((o, a, run) -> {
                s.run = run;
                refresh();
            });
        }
        GridPane columns = new GridPane();
        columns.setHgap(16);
        columns.setVgap(6);
        for (int i = 0; i < 2; i++) {
            Side s = sides[i];
            fillChooser(i, shownRun);
            HBox head = new HBox(12, s.chooser, s.title);
            HBox.setHgrow(s.title, Priority.ALWAYS);
            s.chooser.setMinWidth(Region.USE_PREF_SIZE);
            head.setAlignment(Pos.CENTER_LEFT);
            columns.add(head, i, 0);
            columns.add(s.losses, i, 1);
            columns.add(s.accuracy, i, 2);
            StackPane room = new StackPane(s.grid);
            room.setMinHeight(100);
            room.setPrefHeight(200);
            s.grid.setPreserveRatio(true); // the grid takes what the charts leave, so the slider stays on screen
            s.grid.fitHeightProperty().bind(room.heightProperty());
            columns.add(room, i, 3);
            GridPane.setVgrow(room, Priority.ALWAYS);
            GridPane.setHgrow(s.losses, Priority.ALWAYS);
            GridPane.setVgrow(s.losses, Priority.ALWAYS);
            GridPane.setVgrow(s.accuracy, Priority.ALWAYS);
        }
        slider.setId("compare-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.valueProperty().addListener((o, a, b) -> {
            int epoch = (int) Math.round(b.doubleValue());
            if (epoch != cursor.selected()) {
                cursor.select(epoch);
            }
        });
        cursor.addListener((epoch, following) -> {
            if (epoch > 0) {
                slider.setValue(epoch);
            }
            showGrids();
        });
        epochLabel.getStyleClass().add("caption");
        epochLabel.setId("compare-epoch");
        HBox bottom = new HBox(12, new Label("Epoch or check (both runs)"), slider, epochLabel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(slider, Priority.ALWAYS);
        bottom.setPadding(new Insets(8));
        columns.setPadding(new Insets(8));
        root.setCenter(columns);
        root.setBottom(bottom);
        root.getStyleClass().add("lab");
        offerParentOf(shownRun);
    }

    /**
     * When the lab shows a branch, the chooser offers its parent and both open at once: parent as A, branch as B, on
     * one iteration axis (the branch's first iterations are its parent's).
     */
    private void offerParentOf(Path shownRun) {
        model.parentOf(shownRun, (parent, epoch) -> {
            for (int i = 0; i < 2; i++) {
                int side = i;
                MenuItem item = new MenuItem("Its parent run (branched at epoch " + epoch + ")");
                item.setOnAction(e -> load(side, parent));
                sides[i].chooser.getItems().add(1, item);
            }
            if (sides[0].run == null && sides[1].run == null) {
                load(0, parent);
                load(1, shownRun);
            }
        });
    }

    public Node node() {
        return root;
    }

    private void fillChooser(int side, Path shownRun) {
        Side s = sides[side];
        if (shownRun != null) {
            MenuItem shown = new MenuItem("The run shown in the lab");
            shown.setOnAction(e -> load(side, shownRun));
            s.chooser.getItems().add(shown);
        }
        for (var entry : RunFolderModel.galleryRuns().entrySet()) {
            MenuItem item = new MenuItem("Gallery: " + entry.getKey());
            item.setOnAction(e -> load(side, entry.getValue()));
            s.chooser.getItems().add(item);
        }
        MenuItem folder = new MenuItem("A run folder…");
        folder.setOnAction(e -> Folders.choose(root.getScene().getWindow(), "Open a run folder")
                .ifPresent(dir -> load(side, dir)));
        s.chooser.getItems().add(folder);
    }

    /** Reads a run in the background and shows it on one side. */
    public void load(int side, Path dir) {
        model.load(side, dir);
    }

    /** A failure (A) and its remedy (B), with the line that sums the pair up above them. */
    public void showPair(Path failure, Path remedy, CureModel cures) {
        load(0, failure);
        load(1, remedy);
        root.setTop(new CureSummary(cures.summaryProperty()));
        cures.summarise(failure, remedy);
    }

    /** Redraws both sides with common axes. */
    private void refresh() {
        double maxIteration = 1;
        double maxLoss = 0.5;
        int maxEpoch = 1;
        for (Side s : sides) {
            if (s.run == null) {
                continue;
            }
            for (IterationMetrics m : s.run.metrics()) {
                maxIteration = Math.max(maxIteration, m.iteration());
                for (double v : new double[] {m.dLossReal(), m.dLossFake(), m.gLoss()}) {
                    if (Double.isFinite(v)) {
                        maxLoss = Math.max(maxLoss, v);
                    }
                }
            }
            maxEpoch = Math.max(maxEpoch, s.run.pictured().stream().mapToInt(Integer::intValue).max().orElse(1));
        }
        int branchedAt = -1;
        for (Side s : sides) {
            if (s.run != null) {
                branchedAt = Math.max(branchedAt, s.run.branchIteration());
            }
        }
        double lossTop = Math.ceil(maxLoss * 1.05 * 2) / 2;
        for (Side s : sides) {
            CompareCharts.setRange(s.losses, 0, lossTop);
            CompareCharts.setRange(s.accuracy, 0, 1.05);
            if (s.run != null) {
                s.losses.getData().setAll(Curve.Panel.LOSSES.curves().stream()
                        .map(c -> CompareCharts.series(c, s.run.metrics())).toList());
                s.accuracy.getData().setAll(Curve.Panel.ACCURACY.curves().stream()
                        .map(c -> CompareCharts.series(c, s.run.metrics())).toList());
                if (branchedAt > 0) {
                    s.losses.getData().add(CompareCharts.verticalLine("branch point", branchedAt, lossTop));
                    s.accuracy.getData().add(CompareCharts.verticalLine("branch point", branchedAt, 1.05));
                }
            }
        }
        axis.setExtent(maxIteration);
        int was = cursor.following() ? 0 : cursor.selected(); // before the slider's new range moves it
        slider.setMax(Math.max(2, maxEpoch));
        slider.setDisable(maxEpoch < 2);
        // both runs' epochs; the last is shown first, an epoch already chosen stays when the runs still have it
        cursor.open(Arrays.stream(sides).filter(s -> s.run != null)
                .flatMap(s -> s.run.pictured().stream()).distinct().sorted().toList());
        if (was > 0) {
            cursor.select(was);
        }
    }

    private void showGrids() {
        int epoch = cursor.selected();
        epochLabel.setText("epoch or check " + epoch);
        for (Side s : sides) {
            if (s.run == null) {
                continue;
            }
            if (!s.run.checks().isEmpty()) {
                s.grid.setImage(epoch < 1 || epoch > s.run.checks().size() ? null : PlaneImages.of(
                        s.run.checks().get(epoch - 1), 280, "check " + epoch));
                continue;
            }
            PerEpoch.find(s.run.epochs(), epoch).ifPresentOrElse(e -> {
                s.grid.setImage(FxImages.grid(e.grid(), true));
            }, () -> s.grid.setImage(null));
        }
    }

    /** The epoch both grids show. */
    public int shownEpoch() {
        return cursor.selected();
    }

    public ImageView grid(int side) {
        return sides[side].grid;
    }

    public LineChart<Number, Number> losses(int side) {
        return sides[side].losses;
    }

    /** The epoch length of the runs shown (of run A when both are), for the axis' tick marks; 0 when unknown. */
    private int iterationsPerEpoch() {
        for (Side s : sides) {
            if (s.run != null && s.run.iterationsPerEpoch() > 0) {
                return s.run.iterationsPerEpoch();
            }
        }
        return 0;
    }

    /** The iteration window both runs show (tests). */
    public double[] range() {
        return axis.range();
    }

    public void zoomTo(double from, double to) {
        axis.zoomTo(from, to);
    }

    /** The iteration where the branch point line stands on side A's loss chart, or -1 (tests). */
    public double branchLine(int side) {
        return sides[side].losses.getData().stream().filter(x -> x.getName().startsWith("branch point"))
                .mapToDouble(x -> x.getData().get(0).getXValue().doubleValue()).findFirst().orElse(-1);
    }

}
