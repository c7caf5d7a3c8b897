package org.ganlab.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.api.Assertions;
import org.ganlab.backend.NativeOwner;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePresets;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.ganlab.run.RunsFolder;
import org.ganlab.session.PlaneTable;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.lab.ScreenSizesTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The playground as a student meets it at 1280x720: Start trains on the native owner while the picture is redrawn
 * (G's points in purple, the real modes in green, D's field behind them), the chart gains a point per check, the
 * verdict is named after four checks, the slider shows an earlier check's picture, and Pause stops the run.
 */
@ExtendWith(ApplicationExtension.class)
class PlaneViewTest {
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final NativeOwner owner = NativeOwner.start("test-native");
    private PlaneModel model;
    private PlaneView view;
    /** Where the playground trains its runs, one folder each. */
    @TempDir
    Path runs;

    @Start
    void start(Stage stage) {
        model = new PlaneModel(BackgroundTasks.javaFx(owner, background), () -> new RunsFolder(runs));
        view = new PlaneView(model);
        Scene scene = new Scene((Parent) view.node(), 1280, 720);
        scene.getStylesheets().add(getClass().getResource("/org/ganlab/ui/lab.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Paused, and the slice that was training when Pause came has landed (its check, if any, is on the screen). */
    private boolean pausedAndIdle() {
        return !model.runningProperty().get() && !model.busyProperty().get();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(model::stop).get();
        assertThat(owner.close(Duration.ofSeconds(30))).as("native work returned").isTrue();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void startTrainsDrawsChecksAndNamesTheRun(FxRobot robot) throws Exception {
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= PlaneDiagnosis.MIN_CHECKS);
        WaitForAsyncUtils.waitForFxEvents();
        Label verdict = robot.lookup("#plane-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("Verdict: ").doesNotContain("after");
        assertThat(verdict.getStyleClass()).anyMatch(c -> c.startsWith("verdict-"));
        assertThat(robot.lookup("#plane-evidence").queryAs(Label.class).getTooltip().getText())
                .as("the evidence's tooltip: the verdict's meaning, all its evidence, and where it comes from")
                .contains("\n\nSource of the verdict: ");
        // the picture's legend says what the field and the arrows are, with their formulas
        Parent legend = robot.lookup("#plane-legend").queryParent();
        assertThat(legend.lookupAll(".label").stream().map(n -> (Label) n).filter(l -> l.getText().equals("→ G's push"))
                .findFirst().orElseThrow().getTooltip().getText()).contains("−∇ₓ L_G").contains("Kahng et al. 2018");
        assertThat(legend.getChildrenUnmodifiable().stream().map(n -> (Tooltip) n.getProperties()
                .get("javafx.scene.control.Tooltip")).filter(t -> t != null).map(Tooltip::getText))
                .anyMatch(t -> t.contains("D(x) = σ(a(x))"));
        assertThat(ScreenSizesTest.cutTexts(robot.lookup("#plane").queryParent())).as("texts cut while training at 1280x720").isEmpty();
        LineChart<?, ?> chart = robot.lookup("#plane-chart").queryAs(LineChart.class);
        assertThat(chart.getData().get(chart.getData().size() - 1).getData()).as("a point per check")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(((Tooltip) chart.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .as("hovering the chart says what it counts and where the measure comes from")
                .contains("within 3 standard deviations").contains("Srivastava et al. 2017");

        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#plane-picture").query().snapshot(null, null))
                .get();
        assertThat(count(shot, PlanePicture.FAKE)).as("G's points drawn").isGreaterThan(200);
        assertThat(count(shot, PlanePicture.REAL)).as("the real modes drawn").isGreaterThan(50);

        Slider scrub = robot.lookup("#plane-scrub").queryAs(Slider.class);
        robot.interact(() -> scrub.setValue(0));
        assertThat(model.picture().shownProperty().get().iteration()).as("the first check's picture").isEqualTo(250);
        assertThat(robot.lookup("Check at iteration 250").tryQuery()).isPresent();
        robot.clickOn("#plane-live");
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.picture().shownProperty().get().iteration()).as("Live shows the newest picture")
                .isGreaterThanOrEqualTo(250 * PlaneDiagnosis.MIN_CHECKS);
        assertThat(robot.lookup("#plane-pause").queryButton().getText()).isEqualTo("Resume");
        assertThat(model.statusProperty().get()).contains("paused");

        // the lectern's keys: Home the first check, Right the next, End live, Space resumes and pauses
        robot.type(KeyCode.HOME);
        assertThat(model.picture().cursor().selected()).as("the first check").isEqualTo(1);
        assertThat(model.picture().shownProperty().get().iteration()).isEqualTo(250);
        robot.type(KeyCode.RIGHT);
        assertThat(model.picture().cursor().selected()).isEqualTo(2);
        assertThat(robot.lookup("#plane-scrub").queryAs(Slider.class).getValue()).as("the slider follows").isOne();
        robot.type(KeyCode.END);
        assertThat(model.picture().cursor().following()).as("live").isTrue();
        assertThat(model.picture().shownProperty().get()).isSameAs(model.picture().live());
        robot.type(KeyCode.SPACE);
        assertThat(model.runningProperty().get()).as("Space resumes").isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The data box trains the preset on another shape: a line's real points are drawn, and measured in stretches. */
    @Test
    void anotherShapeFromTheDataBoxIsWhatTrains(FxRobot robot) throws Exception {
        robot.interact(() -> model.setup().dataProperty().set("A line"));
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        float[] real = model.picture().shownProperty().get().real();
        for (int i = 1; i < real.length; i += 2) {
            assertThat(Math.abs(real[i])).as("y of a real point on the line").isLessThan(0.2f);
        }
        assertThat(model.checks().get(0).modes()).as("the line's 8 stretches").isEqualTo(8);
        robot.interact(() -> model.choose("plane-d-wins", Map.of(), null));
        assertThat(model.setup().dataProperty().get()).as("a preset brings its own data").isEqualTo("Ring of 8 Gaussians");
    }

    /**
     * A student's own mixture: with "Your own" picked, Start without modes asks for them; two clicks place two modes
     * where the mouse was, a right-click removes one, and Start trains on what is left: the real points lie there.
     */
    @Test
    void modesPlacedWithTheMouseAreWhatTrains(FxRobot robot) throws Exception {
        robot.interact(() -> model.setup().dataProperty().set(DataChoices.DRAWN));
        robot.clickOn("#plane-start");
        assertThat(model.statusProperty().get()).as("nothing to train on yet").startsWith("Click on the plane");
        assertThat(model.runningProperty().get()).isFalse();
        Node picture = robot.lookup("#plane-picture").query();
        Bounds b = picture.localToScreen(picture.getBoundsInLocal());
        double side = Math.min(b.getWidth(), b.getHeight());
        double cx = b.getMinX() + b.getWidth() / 2;
        double cy = b.getMinY() + b.getHeight() / 2;
        double unit = side / 6; // the drawn mixture's square is 6 units wide
        robot.clickOn(new Point2D(cx + unit, cy - unit)); // (1, 1)
        robot.clickOn(new Point2D(cx - 2 * unit, cy)); // (-2, 0)
        robot.clickOn(new Point2D(cx + unit, cy - unit), MouseButton.SECONDARY);
        assertThat(model.setup().placed().modes()).hasSize(1);
        assertThat(model.setup().placed().modes().get(0)[0]).isCloseTo(-2, Assertions.within(0.05));
        assertThat(model.setup().placed().modes().get(0)[1]).isCloseTo(0, Assertions.within(0.05));
        assertThat(robot.lookup("#plane-clear").query().isVisible()).isTrue();
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        float[] real = model.picture().shownProperty().get().real();
        for (int i = 0; i + 1 < real.length; i += 2) {
            assertThat(Math.hypot(real[i] + 2, real[i + 1])).as("a real point near the placed mode").isLessThan(0.4);
        }
        assertThat(model.checks().get(0).modes()).as("one mode to cover").isEqualTo(1);
    }

    @TempDir
    Path saved;

    /**
     * Files, Save run and Open run: a saved run opens with its preset, seed, checks, verdict and pictures, paused where
     * it was saved, over whatever ran meanwhile; Resume trains it on from there. A folder that is not a run is named in
     * the status line and the run on the screen stays.
     */
    @Test
    void aSavedRunOpensWhereItWasAndResumeTrainsItOn(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.choose("plane-oscillation", Map.of(), null);
            model.setup().seedProperty().set(2);
        });
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        int checks = model.checks().size();
        int last = model.checks().get(checks - 1).iteration();
        robot.interact(() -> model.save(saved));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("saved"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved.resolve("config.json")).exists();
        assertThat(saved.resolve("checks.csv")).exists();

        robot.interact(() -> {
            model.choose("plane-stable-ring", Map.of(), null);
            model.setup().seedProperty().set(5);
        });
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.open(saved, null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.checks().size() == checks
                && "plane-oscillation".equals(model.setup().choiceProperty().get().name()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.runningProperty().get()).as("opened paused").isFalse();
        assertThat(robot.lookup("#plane-seed").queryAs(Spinner.class).getValue()).isEqualTo(2);
        assertThat(robot.lookup("#plane-pause").queryButton().getText()).isEqualTo("Resume");
        assertThat(robot.lookup("#plane-verdict").queryAs(Label.class).getText()).startsWith("Verdict: ");
        assertThat(model.picture().shownProperty().get().iteration()).as("where it was saved").isEqualTo(last);
        robot.type(KeyCode.HOME);
        assertThat(model.picture().shownProperty().get().iteration()).as("its first picture").isEqualTo(250);
        robot.type(KeyCode.END);

        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() > checks);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.checks().get(checks).iteration()).as("trained on from the saved check").isEqualTo(last + 250);
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();

        int now = model.checks().size();
        robot.interact(() -> model.open(saved.resolve("nothing-here"), null));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("could not open"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).contains("has no config.json");
        assertThat(model.checks()).as("the run on the screen stays").hasSize(now);
    }

    /**
     * Files, Compare with a saved run: a run on disk goes beside the one on the screen, its verdict named as saved,
     * its modes covered in the chart, its own picture one key (B) away; a saved run on other data is refused by name.
     */
    @Test
    void aSavedRunIsComparedWithTheRunOnTheScreen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.choose("plane-oscillation", Map.of(), null);
            model.setup().seedProperty().set(3);
        });
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        int savedChecks = model.checks().size();
        robot.interact(() -> model.save(saved));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("saved"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> model.choose("plane-ttur", Map.of(), null));
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.compareWith(saved));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("comparing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-before-verdict").queryAs(Label.class).getText())
                .startsWith("Saved run: ").contains("seed 3");
        assertThat(robot.lookup("#plane-before").queryAs(CheckBox.class).getText())
                .isEqualTo("Show the saved run (B)");
        LineChart<?, ?> chart = robot.lookup("#plane-chart").queryAs(LineChart.class);
        assertThat(chart.getData().get(0).getData()).as("the saved run's checks").hasSize(savedChecks);
        robot.type(KeyCode.HOME);
        float[] mine = model.picture().shownProperty().get().fake();
        robot.type(KeyCode.B);
        assertThat(model.picture().shownProperty().get().fake()).as("the saved run's own points").isNotEqualTo(mine);
        assertThat(model.picture().shownProperty().get().fake())
                .isEqualTo(model.picture().beforeProperty().get().frames().get(0).fake());

        // two runs on disk, one beside the other, as the command line's --compare opens them
        Path ttur = saved.resolve("ttur");
        robot.interact(() -> model.save(ttur));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("saved"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.choose("plane-stable-ring", Map.of(), null));
        robot.interact(() -> model.open(ttur, saved));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "plane-ttur".equals(
                model.setup().choiceProperty().get().name()) && model.picture().beforeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-before-verdict").queryAs(Label.class).getText())
                .startsWith("Saved run: ").contains("seed 3");
        assertThat(chart.getData().get(0).getData()).as("the saved run's checks beside").hasSize(savedChecks);

        robot.interact(() -> model.setup().dataProperty().set(DataChoices.of(PlaneData.GRID_25)));
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.compareWith(saved));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("cannot"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).contains("trained on").contains("same data");
        assertThat(model.picture().beforeProperty().get()).as("nothing compared").isNull();
    }

    /**
     * F5 presents the playground in the lab's presentation view: a window of its own, the plane larger than in the
     * playground, the verdict and the modes covered beside it, type of 24 px and no text cut; the keys still scrub
     * there; Esc leaves it, and the playground is as it was.
     */
    @Test
    void f5PresentsThePlaygroundAndEscLeaves(FxRobot robot) throws Exception {
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        double before = robot.lookup("#plane-picture").query().getBoundsInLocal().getHeight();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, view::presenting);
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = view.presentation().stage().getScene().getRoot();
        assertThat(root.getStyleClass()).contains("presentation");
        assertThat(view.presentation().stage().getScene().lookup("#plane-start")).as("no controls' bar").isNull();
        // the window goes full screen as the toolkit gets to it: the plane takes the room once laid out again
        Node shown = view.presentation().content().plane();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.getBoundsInLocal().getHeight() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenSizesTest.cutTexts(root)).as("texts cut in the presentation").isEmpty();
        assertThat(((Label) root.lookup("#presented-plane-verdict")).getText()).as("the verdict, as in the window")
                .isEqualTo(robot.lookup("#plane-verdict").queryAs(Label.class).getText());
        assertThat(robot.from(root).lookup((Label l) -> l.getText() != null && l.getText().startsWith("Space "))
                .queryLabeled().getText()).as("the keys' hint, from the table that handles them")
                .contains("Left/Right checks").endsWith("Esc leaves");
        robot.type(KeyCode.HOME);
        assertThat(model.picture().cursor().selected()).as("the keys still scrub").isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.presenting());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-start").tryQuery()).isPresent();
    }

    /**
     * The playground's keys are listed as the lab's are (F1, the same table that handles them and writes the
     * presentation's hint), and Esc closes the list before anything else.
     */
    @Test
    void f1ListsThePlaygroundsKeysAndEscClosesTheList(FxRobot robot) {
        robot.interact(() -> model.choose("plane-d-wins", Map.of(), null));
        assertThat(robot.lookup("#plane-guide .label").queryAllAs(Label.class)).as("the guide's page for the preset")
                .extracting(Label::getText).contains("In the picture", "Why", "What to try");
        robot.clickOn("#plane-picture");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node list = robot.lookup("#keys-overlay").query();
        assertThat(robot.from(List.of(list)).lookup((Label l) -> "previous / next check".equals(l.getText()))
                .tryQuery()).as("the checks' keys listed").isPresent();
        assertThat(robot.from(List.of(list)).lookup((Label l) -> "B".equals(l.getText())).tryQuery())
                .as("the cure's key listed").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#keys-overlay").tryQuery()).as("Esc closes the list").isEmpty();
    }

    /**
     * A paused run steps one training update at a time: S and the Step button each move it by exactly one iteration,
     * and the picture shows where it is; while it runs, Step is off.
     */
    @Test
    void aPausedRunStepsOneUpdateAtATime(FxRobot robot) throws Exception {
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-step").query().isDisabled()).as("no stepping while it runs").isTrue();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        // the last slice lands after the pause: the picture then shows where the run stopped
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int before = model.picture().live().iteration();
        robot.clickOn("#plane-picture");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.picture().live().iteration() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-step");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.picture().live().iteration() == before + 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.runningProperty().get()).as("still paused").isFalse();

        // D's update alone, then G's: each says what it changed, and only the one whose turn it is can be pressed
        assertThat(robot.lookup("#plane-step-g").query().isDisabled()).as("an iteration begins with D").isTrue();
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stepping().lastProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PlaneUpdate d = model.stepping().lastProperty().get();
        assertThat(d.player()).isEqualTo(Player.D);
        assertThat(d.meanMove()).as("D's update leaves G's points").isZero();
        assertThat(d.realAfter()).as("and moves D's judgement").isNotEqualTo(d.realBefore());
        assertThat(model.picture().live().iteration()).as("the iteration is under way").isEqualTo(before + 2);
        assertThat(robot.lookup("#plane-status").queryAs(Label.class).getText()).startsWith("D update");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-step-d").query().isDisabled()).as("D's step is taken").isTrue();
        robot.clickOn("#plane-step-g");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.picture().live().iteration() == before + 3);
        WaitForAsyncUtils.waitForFxEvents();
        PlaneUpdate g = model.stepping().lastProperty().get();
        assertThat(g.player()).isEqualTo(Player.G);
        assertThat(g.meanMove()).as("G's update moves G's points").isPositive();
        assertThat(g.realAfter()).as("and leaves D as it was").isEqualTo(g.realBefore());
        assertThat(robot.lookup("#plane-step-d").query().isDisabled()).as("a new iteration: D's turn").isFalse();
        robot.type(KeyCode.G);
        assertThat(robot.lookup("#plane-status").queryAs(Label.class).getText()).as("G out of turn is explained")
                .contains("D's update comes next");

        // O: the model's overview in the picture's place, its sizes from the settings, the network updating outlined
        robot.type(KeyCode.O);
        assertThat(robot.lookup("#plane-overview").query().isVisible()).isTrue();
        assertThat(robot.lookup("#plane-picture").query().isVisible()).as("in the picture's place").isFalse();
        assertThat(robot.lookup("#plane-overview").queryAs(Parent.class).lookupAll(".overview-box"))
                .filteredOn(n -> n instanceof Label).extracting(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("G\n2\u219264\u219264\u21922"));
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stepping().lastProperty().get() != null
                && model.stepping().lastProperty().get().player() == Player.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-overview").queryAs(Parent.class).lookupAll(".updating"))
                .as("D outlined, and the gradient it learned from")
                .filteredOn(n -> n instanceof Label).extracting(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("D\n"))
                .anyMatch(t -> t.contains("D's loss"));
        robot.type(KeyCode.O);
        assertThat(robot.lookup("#plane-picture").query().isVisible()).as("O again: the picture").isTrue();
    }

    /** Slow motion: while the run trains, one update a second, each shown; M again trains at full speed. */
    @Test
    void slowMotionTakesOneUpdateASecond(FxRobot robot) throws Exception {
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.picture().live() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-picture");
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int from = model.picture().live().iteration();
        long start = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.stepping().lastProperty().get() != null
                && model.stepping().lastProperty().get().player() == Player.G);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(model.runningProperty().get()).as("it still trains").isTrue();
        assertThat(model.picture().live().iteration()).as("slowly: in %.1f s", seconds).isBetween(from, from + 3);
        assertThat(robot.lookup("#plane-slow").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.picture().live().iteration() > from + 100);
        WaitForAsyncUtils.waitForFxEvents(); // the slice that moved the picture has landed whole (80 ms of training)
        assertThat(model.stepping().lastProperty().get()).as("full speed shows no single update").isNull();
    }

    /**
     * Cure it keeps the failure beside the cure: its verdict on the side, its modes covered in the chart, and B shows
     * its picture at the cure's iteration (labelled), B again the cure's.
     */
    @Test
    void aCureIsComparedWithTheFailureItFollows(FxRobot robot) throws Exception {
        robot.interact(() -> model.choose("plane-d-wins", Map.of(), null));
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        int failureChecks = model.checks().size();
        PresetChoice remedy = PlaneSetupModel.choices().stream().filter(c -> c.name().equals("plane-mode-collapse"))
                .findFirst().orElseThrow();
        List<Path> sideBySide = new ArrayList<>();
        robot.interact(() -> view.offerSideBySide((a, b) -> sideBySide.addAll(List.of(a, b))));
        robot.interact(() -> model.cure(remedy));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-before-verdict").queryAs(Label.class).getText())
                .startsWith("Before the cure: 2-D: D wins");
        LineChart<?, ?> chart = robot.lookup("#plane-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).as("the failure's checks").hasSizeGreaterThanOrEqualTo(
                failureChecks);
        robot.type(KeyCode.HOME);
        int cureIteration = model.picture().shownProperty().get().iteration();
        float[] cureFake = model.picture().shownProperty().get().fake();
        robot.type(KeyCode.B);
        assertThat(model.picture().showBeforeProperty().get()).isTrue();
        assertThat(model.picture().shownProperty().get().iteration()).as("the failure at the same check")
                .isEqualTo(cureIteration);
        assertThat(model.picture().shownProperty().get().fake()).as("the failure's own points").isNotEqualTo(cureFake);
        robot.type(KeyCode.B);
        assertThat(model.picture().shownProperty().get().fake()).isEqualTo(cureFake);
        // paused, the pair goes side by side into the lab's Compare window: the failure's folder, then the cure's
        robot.clickOn("#plane-side-by-side");
        assertThat(sideBySide).hasSize(2);
        assertThat(RunRecords.read(sideBySide.get(0).resolve(RunFiles.CONFIG)).preset()).isEqualTo("plane-d-wins");
        assertThat(RunRecords.read(sideBySide.get(1).resolve(RunFiles.CONFIG)).preset())
                .isEqualTo("plane-mode-collapse");
        // and Compare sums the pair up as it does a pair on images: verdicts, what changed, the failure's witness
        String line = PlaneTable.pairLine(PlaneRunFolder.read(sideBySide.get(0)),
                PlaneRunFolder.read(sideBySide.get(1)));
        assertThat(line).matches("A: .+  \u2192  B: .+").contains("changed: saturatingGenLoss")
                .contains("witness, D's accuracy and the share on a mode: modes ");
        robot.interact(() -> model.choose("plane-stable-ring", Map.of(), null));
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.picture().beforeProperty().get()).as("a run of its own compares with nothing").isNull();
        assertThat(robot.lookup("#plane-before").query().getParent().isVisible()).isFalse();
    }

    /**
     * The settings fold: a field changed in the lab's editor (on the points' section of the schema) is what Start
     * trains and what the run's record says; a value out of range is named with what is allowed, and Start refuses;
     * another preset brings its own settings back.
     */
    @Test
    void settingsChangedInTheEditorAreWhatTrains(FxRobot robot) throws Exception {
        robot.interact(() -> model.choose("plane-stable-ring", Map.of(), null));
        robot.clickOn("#plane-settings");
        // the groups open without their animation, so that the field is where it ends up when it is clicked
        robot.interact(() -> robot.lookup("#plane-settings-editor .titled-pane").queryAllAs(TitledPane.class)
                .forEach(p -> p.setAnimated(false)));
        Node editor = robot.lookup("#plane-settings-editor").query();
        robot.clickOn(robot.from(List.of(editor)).lookup("Training").queryLabeled());
        TextInputControl discSteps = robot.lookup("#field-discSteps").queryAs(TextInputControl.class);
        assertThat(discSteps.getText()).isEqualTo("1");
        assertThat(robot.lookup("#field-seed").tryQuery()).as("the seed is the toolbar's").isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> discSteps.isVisible() && discSteps.getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = (ScrollPane) robot.lookup("#plane-settings .scroll-pane").query();
        typeInto(robot, scroll, discSteps, "0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.setup().edited().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label problems = robot.lookup("#plane-settings-problems").queryAs(Label.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).contains("D steps / G step: 0 is out of range; allowed: a whole number from 1 "
                + "to 20");
        robot.clickOn("#plane-start");
        assertThat(model.statusProperty().get()).startsWith("fix the settings before starting: D steps / G step");
        assertThat(model.runningProperty().get()).isFalse();

        typeInto(robot, scroll, discSteps, "3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.setup().edited().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.isVisible()).isFalse();
        robot.clickOn("#plane-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.checks().size() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plane-settings-editor").query().isDisabled()).as("locked while training").isTrue();
        robot.clickOn("#plane-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::pausedAndIdle);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder;
        try (var dirs = Files.list(runs)) {
            folder = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(RunRecords.read(folder.resolve("config.json")).points().discSteps()).as("what trained")
                .isEqualTo(3);

        robot.interact(() -> model.choose("plane-d-wins", Map.of(), null));
        assertThat(model.setup().edited().configProperty().get().discSteps()).as("the preset's own")
                .isEqualTo(PlanePresets.get("plane-d-wins").settings(1).discSteps());
    }

    /** Types {@code text} into {@code field} (in {@code scroll}, scrolled to it first), then leaves it with Tab. */
    private static void typeInto(FxRobot robot, ScrollPane scroll, TextInputControl field, String text)
            throws Exception {
        robot.interact(() -> scrollTo(scroll, field));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scroll.localToScene(scroll.getBoundsInLocal())
                .contains(field.localToScene(field.getBoundsInLocal())));
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls {@code scroll} so that {@code node}, somewhere in its content, is in its viewport. */
    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 10) / room)));
        }
    }

    /** Pixels within a small distance of {@code colour}. */
    private static int count(WritableImage image, Color colour) {
        PixelReader r = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                double d = Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue());
                n += d < 0.08 ? 1 : 0;
            }
        }
        return n;
    }
}
