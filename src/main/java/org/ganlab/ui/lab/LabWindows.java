package org.ganlab.ui.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.WindowPlacement;
import org.ganlab.ui.compare.CompareView;
import org.ganlab.ui.compare.CureModel;
import org.ganlab.ui.guide.GuideView;
import org.ganlab.ui.plane.PlaneModel;
import org.ganlab.ui.plane.PlaneView;
import org.ganlab.ui.present.GridPresentation;
import org.ganlab.ui.present.PresentationView;
import org.ganlab.ui.run.LessonKeys;
import org.ganlab.ui.sweep.SweepModel;
import org.ganlab.ui.sweep.SweepView;
import org.ganlab.ui.walk.LatentWalkView;
import org.ganlab.ui.walk.WalkModel;

/**
 * The windows the lab opens: the guide, a latent walk, Compare (and Cure it, which fills it), a sweep's table, the 2-D
 * playground and the presentation view. Each is owned by the lab, carries its style sheets (projector mode included), fits on the lab's
 * screen and closes with Esc.
 */
final class LabWindows {
    private final BorderPane root;
    private final LabViewModel model;
    private final BackgroundTasks tasks;
    private final CureModel cures;
    private Stage guideStage;
    private GuideView guide;
    private CompareView compare;
    private LatentWalkView walk;
    private SweepView sweep;
    private PresentationView<GridPresentation> presentation;
    private Stage planeStage;
    private PlaneModel planeModel;
    private PlaneView plane;
    private final LessonActions lessons;

    LabWindows(BorderPane root, LabViewModel model, BackgroundTasks tasks, CureModel cures) {
        this.root = root;
        this.model = model;
        this.tasks = tasks;
        this.cures = cures;
        this.lessons = new LessonActions(model, tasks, this, this::window);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** A window owned by the lab, with the lab's style sheets, never larger than the lab's screen and placed on it. */
    private Stage child(String title, Node content, double width, double height) {
        Scene scene = new Scene((Parent) content, width, height);
        scene.getStylesheets().addAll(root.getScene().getStylesheets());
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.initOwner(window());
        stage.setScene(scene);
        // a bare X server does not place windows: place it on the lab's screen
        var place = WindowPlacement.centred(width, height, WindowPlacement.screenOf(window()).getVisualBounds());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        // Esc closes a tool window, as it leaves the presentation view
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        return stage;
    }

    void guide() {
        if (guideStage == null) {
            guide = new GuideView(model, preset -> plane(preset, true));
            guideStage = child("GAN Lab guide", guide.node(), 1100, 700);
        }
        guide.selectCurrent();
        guideStage.show();
        guideStage.toFront();
    }

    void walk() {
        Path run = model.shownRun();
        int epoch = model.shown().selectedEpochProperty().get();
        if (run == null || epoch < 1) {
            model.say("a latent walk needs a finished, stopped or opened run with at least one epoch");
            return;
        }
        walk = new LatentWalkView(new WalkModel(tasks, run, model.configProperty().get(), epoch));
        child("GAN Lab: latent walk", walk.node(), 1100, 320).show();
    }

    void compare() {
        compare = new CompareView(tasks, model.shownRun());
        child("GAN Lab: compare two runs", compare.node(), 1500, 950).show();
    }

    /** The paired remedy on this run's seed, then both runs side by side with the pair's summary. */
    void cure() {
        cures.cure((failure, remedy) -> {
            compare();
            compare.showPair(failure, remedy, cures);
        });
    }

    /** A sweep's table; a click on a cell opens that run in the lab. */
    void sweep(Path dir) {
        sweep = new SweepView(new SweepModel(tasks, dir), run -> {
            model.openRun(run);
            window().requestFocus();
        });
        child("GAN Lab: sweep table (" + dir.getFileName() + ")", sweep.node(), 1100, 700).show();
    }

    LessonActions lessons() {
        return lessons;
    }

    /** The presentation view on the given part of the screen (null: full screen where the lab is). */
    void present(Rectangle2D bounds, LessonKeys keys, boolean dark) {
        if (presentation == null) {
            GridPresentation grid = new GridPresentation(model.shown(), model.configProperty(),
                    model.training().steps(), () -> model.shown().loadRealImages(model.configProperty().get(),
                    model::say));
            presentation = new PresentationView<>(grid, keys, root.getScene().getStylesheets(), dark);
        }
        presentation.show(window(), bounds);
    }

    /**
     * The 2-D playground (one window, kept while the lab is open), with {@code preset} chosen when not null and, when
     * {@code start}, its run started. Closing the window pauses its run.
     */
    void plane(String preset, boolean start) {
        plane(preset, start, Map.of(), null);
    }

    /** {@link #plane(String, boolean)}, with a lesson's {@code fixed} settings and only its {@code open} ones open. */
    void plane(String preset, boolean start, Map<String, Object> fixed, List<String> open) {
        if (planeStage == null) {
            planeModel = model.newPlayground(tasks);
            plane = new PlaneView(planeModel);
            // the lesson's bar and keys there too: a lesson's step on points is taught in this window
            BorderPane framed = new BorderPane(plane.node());
            framed.setTop(lessons.bar());
            planeStage = child("GAN Lab: 2-D playground, what D sees", framed, 1400, 900);
            planeStage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, lessons::pageKeys);
            plane.alsoPresentKeys(lessons::pageKeys);
            plane.offerLessonSteps(lessons.model()::add);
            plane.offerSideBySide((compared, shown) -> {
                compare();
                compare.showPair(compared, shown, cures);
            });
            planeStage.setOnHidden(e -> planeModel.pause());
        }
        if (preset != null) {
            planeModel.choose(preset, fixed, open);
        }
        planeStage.show();
        planeStage.toFront();
        if (start) {
            plane.start();
        }
    }

    /**
     * A run folder opens in the lab; a sweep's folder (with its sweep.csv) as its table; a 2-D run in the playground,
     * beside the 2-D run saved in {@code other} when that is not null; a lesson's file as the lesson.
     */
    void open(Path dir, Path other) {
        if (Files.isRegularFile(dir)) {
            lessons.model().open(dir);
            return;
        }
        model.classify(dir, kind -> {
            switch (kind) {
                case SWEEP -> sweep(dir);
                case POINTS -> {
                    plane(null, false);
                    planeModel.open(dir, other);
                }
                default -> model.openRun(dir);
            }
        });
    }

    /** The lab is closing: a run of the playground stops where it is, its folder saying how far it came. */
    void shutdown() {
        if (planeModel != null) {
            planeModel.stop();
        }
    }


    CompareView compareView() {
        return compare;
    }

    LatentWalkView walkView() {
        return walk;
    }

    SweepView sweepView() {
        return sweep;
    }

    PresentationView<GridPresentation> presentation() {
        return presentation;
    }
}
