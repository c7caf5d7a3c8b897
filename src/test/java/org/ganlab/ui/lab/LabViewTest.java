package org.ganlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.data.Offset;
import org.ganlab.backend.NativeOwner;
import org.ganlab.cli.GanLabCli;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.Player;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;
import org.ganlab.run.Gallery;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.run.Provenance;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecords;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.session.SavedGenerators;
import org.ganlab.train.LatentWalk;
import org.ganlab.ui.app.GanLabApp;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.compare.CompareView;
import org.ganlab.ui.curves.CurvesPane;
import org.ganlab.ui.sweep.SweepView;
import org.ganlab.ui.walk.LatentWalkView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lab window as a student uses it, headless (Monocle), with real training on a tiny network. */
@ExtendWith(ApplicationExtension.class)
class LabViewTest {
    /** A run small enough for a unit test: 2 epochs of 2 iterations on a narrow network. */
    static final Map<String, Object> TINY = Map.of("qualitySamples", 0, "genFilters", 8, "discFilters", 8, "batchSize", 16, "epochs", 2,
            "iterationsPerEpoch", 2);

    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    /** The lab's one thread for native work, as in the application. */
    private final NativeOwner owner = NativeOwner.start("test-native");
    private LabViewModel model;
    private LabView view;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        BackgroundTasks tasks = BackgroundTasks.javaFx(owner, background);
        model = new LabViewModel(tasks, tmp.resolve("runs"));
        LabView[] holder = new LabView[1];
        stage.setScene(GanLabApp.createScene(model, tasks, holder));
        view = holder[0];
        stage.show();
    }

    @AfterEach
    void stopTraining() throws Exception {
        model.shutdown();
        waitUntil(() -> !model.runningProperty().get(), 60);
        assertThat(owner.close(Duration.ofSeconds(30))).as("native work returned").isTrue();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** The headless runner, on the lab's native owner (while an owner is open, oneDNN runs only there). */
    private int headless(PrintWriter out, PrintWriter err, String... args) throws Exception {
        return owner.submit(() -> GanLabCli.run(out, err, args)).get(10, TimeUnit.MINUTES);
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setTiny(FxRobot robot, Map<String, Object> extra) {
        robot.interact(() -> {
            TINY.forEach(model::set);
            extra.forEach(model::set);
        });
    }

    @Test
    void choosingAPresetFillsTheFields(FxRobot robot) {
        ComboBox<Preset> presets = robot.lookup("#preset").queryComboBox();
        assertThat(robot.lookup("#field-latentSize").queryAs(TextField.class).getText()).isEqualTo("100");
        robot.interact(() -> presets.getSelectionModel().select(Presets.get("mode-collapse")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-latentSize").queryAs(TextField.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#preset-description").queryAs(Label.class).getText()).contains("Latent size 1");
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
        // hovering a setting says what it does, its formula and its source
        assertThat(((Tooltip) robot.lookup("#field-r1Gamma").query().getProperties()
                .get("javafx.scene.control.Tooltip")).getText())
                .contains("Remedy (Mescheder et al. 2018)").contains("(γ/2) E_x ‖∇ₓ D(x)‖²")
                .contains("Source: Mescheder et al. 2018");
    }

    @Test
    void anInvalidValueDisablesStartAndSaysWhy(FxRobot robot) throws Exception {
        // the groups open without their animation, so that the field is where it ends up when it is clicked
        robot.interact(() -> robot.lookup(".titled-pane").queryAllAs(TitledPane.class)
                .forEach(p -> p.setAnimated(false)));
        robot.clickOn("Generator");
        TextField latent = robot.lookup("#field-latentSize").queryAs(TextField.class);
        waitUntil(() -> latent.isVisible() && latent.getScene() != null && latent.getHeight() > 0
                && latent.localToScene(latent.getBoundsInLocal()).getMaxY() <= latent.getScene().getHeight(), 10);
        robot.clickOn(latent).push(KeyCode.CONTROL, KeyCode.A).write("0").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#problems").queryAs(Label.class).getText()).contains("Latent size")
                .contains("out of range");
        assertThat(latent.getStyleClass()).contains("invalid");

        robot.clickOn(latent).push(KeyCode.CONTROL, KeyCode.A).write("2").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();
        assertThat(latent.getStyleClass()).doesNotContain("invalid");
    }

    @Test
    void theKeysScrubStartPauseAndListThemselves(FxRobot robot) throws Exception {
        Path collapse = Gallery.entries().stream().map(Gallery.Entry::dir)
                .filter(d -> d.endsWith("mode-collapse")).findFirst().orElseThrow();
        robot.interact(() -> model.openRun(collapse));
        waitUntil(() -> model.shown().epochs().size() == 10, 30);
        robot.clickOn("#verdict"); // focus in the window, on nothing that takes keys itself
        robot.type(KeyCode.LEFT);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(9);
        robot.type(KeyCode.HOME);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(1);
        robot.type(KeyCode.RIGHT);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(2);
        robot.type(KeyCode.END);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(10);

        robot.type(KeyCode.F1);
        assertThat(view.keysOverlay()).as("F1 lists the keys").isNotNull();
        assertThat(robot.lookup("#keys-overlay").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(view.keysOverlay()).isNull();

        setTiny(robot, Map.of("epochs", 30));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> model.runningProperty().get(), 10);
        robot.type(KeyCode.SPACE);
        assertThat(model.training().pausedProperty().get()).as("Space pauses a running run").isTrue();
        // paused, S trains one iteration: the curves take exactly one more point, and the run stays paused
        // the iteration under way when Space was pressed has landed
        waitUntil(() -> model.training().steps().parked(), 30);
        robot.interact(model.training()::pulse);
        int before = model.shown().metrics().size();
        robot.type(KeyCode.S);
        waitUntil(() -> model.shown().metrics().size() == before + 1, 30);
        waitUntil(() -> model.training().steps().parked(), 30);
        robot.interact(model.training()::pulse);
        assertThat(model.shown().metrics()).as("one step, one iteration").hasSize(before + 1);
        assertThat(model.training().pausedProperty().get()).as("still paused after a step").isTrue();

        // D and G: one network's update alone, in the iteration's order, shown in place of the grid
        robot.type(KeyCode.G);
        assertThat(model.messageProperty().get()).contains("D's update comes next");
        // D pressed twice before the first update is back: one update, the second press told to wait
        robot.interact(() -> {
            model.training().steps().update(Player.D);
            model.training().steps().update(Player.D);
        });
        assertThat(model.messageProperty().get()).contains("still being taken");
        waitUntil(() -> model.training().steps().lastProperty().get() != null, 30);
        WaitForAsyncUtils.waitForFxEvents();
        ImageUpdate d = model.training().steps().lastProperty().get();
        assertThat(d.player()).isEqualTo(Player.D);
        assertThat(d.fakeAfter().pixels()).as("G's weights stay: its images are the same").isEqualTo(d.fakeBefore()
                .pixels());
        assertThat(d.after().real()).as("D's weights change: its scores of the real images move")
                .isNotEqualTo(d.before().real());
        assertThat(robot.lookup("#update-pane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#update-title").queryAs(Label.class).getText()).startsWith("D update, iteration ");
        assertThat(model.shown().metrics()).as("D's update alone ends no iteration").hasSize(before + 1);
        // O: the model's overview in place of the samples, D outlined as the network the update trained
        robot.type(KeyCode.O);
        Parent overview = robot.lookup("#image-overview").queryAs(Parent.class);
        assertThat(overview.isVisible()).isTrue();
        assertThat(robot.lookup("#update-pane").query().isVisible()).as("the overview outlines it instead").isFalse();
        assertThat(overview.lookupAll(".overview-box")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(overview.lookupAll(".updating")).extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("D\n28\u00d728 image"));
        robot.type(KeyCode.O);
        assertThat(overview.isVisible()).isFalse();
        waitUntil(() -> model.training().steps().parked(), 30);
        robot.type(KeyCode.D);
        assertThat(model.messageProperty().get()).contains("G's update comes next");
        robot.type(KeyCode.G);
        waitUntil(() -> model.training().steps().lastProperty().get().player() == Player.G, 30);
        WaitForAsyncUtils.waitForFxEvents();
        ImageUpdate g = model.training().steps().lastProperty().get();
        assertThat(g.after().real()).as("D's weights stay through G's update").isEqualTo(g.before().real());
        assertThat(g.fakeAfter().pixels()).as("G's weights change: its images move").isNotEqualTo(g.fakeBefore()
                .pixels());
        waitUntil(() -> model.shown().metrics().size() == before + 2, 30);
        assertThat(model.training().pausedProperty().get()).as("still paused after the updates").isTrue();
        robot.clickOn("#update-close");
        assertThat(robot.lookup("#update-pane").query().isVisible()).as("back to the grid").isFalse();
        // M: slow motion, the next update every second, until M again resumes the run at full speed
        robot.type(KeyCode.M);
        assertThat(model.training().steps().slowProperty().get()).isTrue();
        waitUntil(() -> model.training().steps().lastProperty().get() != null, 10);
        ImageUpdate first = model.training().steps().lastProperty().get();
        waitUntil(() -> model.training().steps().lastProperty().get() != first, 10);
        assertThat(model.training().pausedProperty().get()).as("slow motion keeps the run paused between updates")
                .isTrue();
        robot.type(KeyCode.M);
        assertThat(model.training().steps().slowProperty().get()).isFalse();
        assertThat(model.training().pausedProperty().get()).as("M again trains at full speed").isFalse();
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.SPACE);
        assertThat(model.training().pausedProperty().get()).as("and resumes it").isFalse();
        robot.interact(model::stop);
        waitUntil(() -> !model.runningProperty().get(), 60);
    }

    @Test
    void aTinyRunDrawsCurvesAndTwoGridsAndTheSliderScrubsBack(FxRobot robot) throws Exception {
        setTiny(robot, Map.of());
        robot.clickOn("#start");
        waitUntil(() -> model.runningProperty().get(), 10);
        waitUntil(() -> !model.runningProperty().get(), 120);
        assertThat(model.messageProperty().get()).contains("completed");
        assertThat(model.training().watchdog().frames()).as("the watchdog timed the screen's frames while training").isPositive();
        assertThat(model.training().watchdog().worstGap()).as("training never blocks the JavaFX thread for a second").isLessThan(1000);
        assertThat(view.curves().pointCount()).isEqualTo(4);
        assertThat(model.shown().epochs()).hasSize(2);
        Label caption = robot.lookup("#epoch-caption").queryAs(Label.class);
        assertThat(caption.getText()).startsWith("Epoch 2 of 2");
        Image atEpoch2 = view.samples().imageView().getImage();
        assertThat(atEpoch2).isNotNull();

        robot.clickOn("#epoch-slider").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#epoch-slider").queryAs(Slider.class).getValue()).isEqualTo(1.0);
        assertThat(caption.getText()).startsWith("Epoch 1 of 2").contains("iteration 2");
        Image atEpoch1 = view.samples().imageView().getImage();
        assertThat(pixels(atEpoch1)).isNotEqualTo(pixels(atEpoch2));

        robot.clickOn("#real-images");
        waitUntil(() -> view.samples().realView().getImage() != null, 30);
        assertThat(caption.getText()).startsWith("Epoch 1 of 2").contains("right: real images");
        assertThat(pixels(view.samples().realView().getImage())).as("real images beside the generated grid")
                .isNotEqualTo(pixels(view.samples().imageView().getImage()));

        // D's view: every sample and every real image in D's colour, and what D called them
        long framedRepeats = coloured(view.samples().imageView().getImage());
        assertThat(coloured(view.samples().realView().getImage())).as("plain grey before").isZero();
        robot.clickOn("#d-view");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#d-view-count").queryAs(Label.class).getText()).containsPattern(
                "D calls \\d+ of 100 samples real \\(mean [01]\\.\\d\\d\\); real images: \\d+ of 100");
        assertThat(coloured(view.samples().imageView().getImage())).as("the samples in D's colours")
                .isGreaterThan(framedRepeats + 1000);
        assertThat(coloured(view.samples().realView().getImage())).as("the real images too").isGreaterThan(1000);
        assertThat(robot.lookup("#d-view-key").query().isVisible()).isTrue();
        robot.clickOn("#d-view");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coloured(view.samples().realView().getImage())).isZero();
        assertThat(coloured(view.samples().imageView().getImage())).isEqualTo(framedRepeats);
        assertThat(robot.lookup("#d-view-key").query().isVisible()).isFalse();
        robot.type(KeyCode.V);
        assertThat(robot.lookup("#d-view").queryAs(ToggleButton.class).isSelected())
                .as("the V key turns D's view on").isTrue();
        assertThat(coloured(view.samples().imageView().getImage())).isGreaterThan(framedRepeats + 1000);
        robot.type(KeyCode.V);
        assertThat(model.shown().judgedProperty().get()).as("and off").isFalse();
        robot.clickOn("#real-images");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.samples().realView().isVisible()).isFalse();

        robot.clickOn("#mark-repeats").clickOn("#invert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.samples().imageView().getImage().getPixelReader().getArgb(0, 0)).isEqualTo(0xFF000000);

        // a walk along latent dimension 0 at epoch 1, with the generator the run kept after that epoch
        robot.clickOn("Tools").clickOn("Latent walk at the viewed epoch…");
        LatentWalkView walk = view.walkView();
        waitUntil(() -> walk.shown() != null, 30);
        SampleGrid first = walk.shown();
        assertThat(first.count()).isEqualTo(LatentWalkView.STEPS);
        float[] px = first.pixels();
        int len = 28 * 28;
        assertThat(Arrays.copyOfRange(px, 0, len)).as("the two ends of the walk differ")
                .isNotEqualTo(Arrays.copyOfRange(px, 9 * len, 10 * len));
        robot.interact(() -> walk.dimension().getValueFactory().setValue(7));
        waitUntil(() -> walk.shown() != first, 30);
        assertThat(walk.shown().pixels()).isNotEqualTo(first.pixels());
    }

    @Test
    void latentWalksAskedForWhileAnotherRunTrainsEndInTheNewestWalk(FxRobot robot) throws Exception {
        setTiny(robot, Map.of("epochs", 1, "iterationsPerEpoch", 2));
        robot.clickOn("#start");
        waitUntil(() -> !model.runningProperty().get() && model.shown().epochs().size() == 1, 120);
        Path walked = model.shownRun();
        var config = model.configProperty().get();
        robot.clickOn("Tools").clickOn("Latent walk at the viewed epoch…");
        LatentWalkView walk = view.walkView();
        waitUntil(() -> walk.shown() != null, 30);

        // a second run trains while the walk's dimension is changed five times in a row
        setTiny(robot, Map.of("epochs", 2, "iterationsPerEpoch", 5000));
        robot.interact(model::start);
        waitUntil(() -> model.runningProperty().get() && model.shown().metrics().size() >= 2, 120);
        robot.interact(() -> {
            for (int d = 1; d <= 5; d++) {
                walk.dimension().getValueFactory().setValue(d);
            }
        });
        var expected = owner.request(null, () -> LatentWalk.walk(config,
                SavedGenerators.after(walked, 1), 5, LatentWalkView.STEPS, LatentWalkView.RANGE, 28,
                1)).get(60, TimeUnit.SECONDS);
        waitUntil(() -> walk.shown() != null && Arrays.equals(walk.shown().pixels(), expected.pixels()), 60);
        int iterationsWhenShown = model.shown().metrics().size();
        // every request made before this one has ended: an older walk finishing late has had its chance to land
        owner.request(null, () -> null).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(walk.shown().pixels()).as("the newest walk (dimension 5) stays shown").isEqualTo(expected.pixels());
        assertThat(robot.lookup("#walk-status").queryAs(Label.class).getText()).contains("dimension 5");
        assertThat(model.runningProperty().get()).as("training went on beside the walks").isTrue();
        waitUntil(() -> model.shown().metrics().size() > iterationsWhenShown, 60);
        robot.interact(model::stop);
    }

    @Test
    void aRunIsKeptInTheRunsFolderAndOpensAgainFromRecentRuns(FxRobot robot) throws Exception {
        setTiny(robot, Map.of("epochs", 1, "iterationsPerEpoch", 2));
        robot.clickOn("#start");
        waitUntil(() -> !model.runningProperty().get() && model.shown().epochs().size() == 1, 120);
        Path trained = model.shownRun();
        assertThat(trained.getParent()).as("trained into the runs folder").isEqualTo(tmp.resolve("runs"));
        assertThat(trained.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}_stable");
        robot.interact(() -> model.loadPreset(Presets.get("mode-collapse"))); // something else on screen
        robot.clickOn("File").clickOn("Recent runs");
        robot.clickOn(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("stable · ") && l.getText().endsWith("completed, 1 of 1 epochs"))
                .queryLabeled());
        waitUntil(() -> model.messageProperty().get().equals("opened " + trained), 30);
        assertThat(model.presetProperty().get().name()).isEqualTo("stable");
    }

    @Test
    void stopMidRunKeepsTheFinishedEpochs(FxRobot robot) throws Exception {
        setTiny(robot, Map.of("epochs", 200, "iterationsPerEpoch", 1));
        robot.clickOn("#start");
        waitUntil(() -> model.shown().epochs().size() >= 2, 120);
        robot.clickOn("#stop");
        waitUntil(() -> !model.runningProperty().get(), 60);
        int kept = model.shown().epochs().size();
        assertThat(kept).isBetween(2, 199);
        assertThat(model.shown().titleProperty().get()).contains("stopped");
        assertThat(view.curves().pointCount()).isGreaterThanOrEqualTo(kept);
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isFalse();

        Path saved = tmp.resolve("saved");
        String[] result = new String[1];
        robot.interact(() -> model.saveRun(saved, text -> result[0] = text));
        waitUntil(() -> result[0] != null, 30);
        assertThat(result[0]).startsWith("saved to");
        assertThat(saved.resolve("samples").resolve("epoch-002.png")).exists();
        assertThat(saved.resolve("metrics.csv")).exists();
    }

    @Test
    void openingASavedRunShowsItsCurvesAndGrids(FxRobot robot) throws Exception {
        Path run = tmp.resolve("run");
        StringWriter err = new StringWriter();
        int status = headless(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "train",
                "--preset", "mode-collapse", "--epochs", "2", "--set", "iterationsPerEpoch=3", "--set", "genFilters=8", "--set", "qualitySamples=0",
                "--set", "discFilters=8", "--set", "batchSize=16", "--set", "checkpointEvery=2", "--out", run.toString());
        assertThat(status).as(err.toString()).isZero();
        robot.interact(() -> model.openRun(run));
        waitUntil(() -> model.shown().epochs().size() == 2, 30);
        assertThat(view.curves().pointCount()).isEqualTo(6);
        assertThat(view.curves().range()[1]).as("the axis spans the opened run, not the 10 epochs shown before")
                .isEqualTo(6.0);
        assertThat(model.shown().titleProperty().get()).contains("mode-collapse");
        assertThat(model.configProperty().get().latentSize()).isEqualTo(1);
        assertThat(model.messageProperty().get()).startsWith("opened ");
        assertThat(robot.lookup("#epoch-caption").queryAs(Label.class).getText()).startsWith("Epoch 2 of 2");
        // G is in epoch 2's checkpoint only (checkpointEvery=2): a walk at epoch 1 says which epochs can walk
        robot.interact(() -> model.shown().cursor().select(1));
        robot.clickOn("Tools").clickOn("Latent walk at the viewed epoch…");
        waitUntil(() -> robot.lookup("#walk-status").queryAs(Label.class).getText().startsWith("cannot"), 30);
        assertThat(robot.lookup("#walk-status").queryAs(Label.class).getText())
                .contains("the generator after epoch 1 was not kept: this run kept it after epoch 2 only");
        // the walk's window is closed, as a user would, so that it does not lie over the verdict strip clicked below
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "GAN Lab: latent walk".equals(s.getTitle())).toList()
                .forEach(Window::hide));
        robot.interact(() -> model.shown().cursor().select(2));
        waitUntil(() -> model.diagnosisProperty().get() != null, 30);
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).startsWith("Verdict: ");
        assertThat(model.diagnosisProperty().get().epochs()).hasSize(2);
        assertThat(robot.lookup("#held-out-chart").query().isVisible()).as("no unseen images: no held-out chart")
                .isFalse();
        robot.interact(() -> model.shown().cursor().select(1));
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).as("scrubbed back: the epoch's own verdict")
                .startsWith("Epoch 1: ");
        WaitForAsyncUtils.waitForFxEvents();
        HBox strip = robot.lookup("#verdict-strip").queryAs(HBox.class);
        assertThat(strip.getChildren()).hasSize(2);
        robot.clickOn(strip.getChildren().get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shown().selectedEpochProperty().get()).as("a click on a verdict cell shows its epoch")
                .isEqualTo(2);
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).startsWith("Verdict: ");
    }

    @Test
    void aBrokenRunOpensWhatIsReadableAndSaysWhatIsMissing(FxRobot robot) throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("metrics.csv"),
                "iteration,epoch,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake\n1,1,0.5,0.6,1.2,0.7,0.8\n2,1,oops\n");
        robot.interact(() -> model.openRun(broken));
        waitUntil(() -> model.messageProperty().get().startsWith("opened"), 30);
        assertThat(model.messageProperty().get()).contains("config.json is missing").contains("no sample grid")
                .contains("metrics.csv line 3: unreadable row"); // the file's third line, not record 2 + "1"
        assertThat(view.curves().pointCount()).isEqualTo(1);

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        robot.interact(() -> model.openRun(empty));
        waitUntil(() -> model.messageProperty().get().startsWith("cannot open"), 30);
        assertThat(model.messageProperty().get()).contains("not a GAN Lab run");
    }

    @Test
    void aHundredEpochRunStaysLightAndZoomsOnEveryPanel(FxRobot robot) {
        List<IterationMetrics> rows = new ArrayList<>();
        for (int i = 1; i <= 4500; i++) {
            double wave = Math.sin(i / 10.0);
            rows.add(new IterationMetrics(i, (i - 1) / 45 + 1, 0.6 + 0.1 * wave, 0.6 - 0.1 * wave,
                    1 + wave, 0.7, 0.7, 0.5, 0.5, 0.01, 0.01, i));
        }
        long start = System.nanoTime();
        robot.interact(() -> model.shown().metrics().setAll(rows));
        assertThat((System.nanoTime() - start) / 1e6).as("ms to draw 4,500 iterations").isLessThan(2000);
        assertThat(view.curves().pointCount()).isBetween(1000, CurvesPane.MAX_POINTS);
        assertThat(view.curves().range()).containsExactly(0.0, 4500.0);
        // drawn in the catalogue's colours: G's loss green, D's on fakes red
        Shape gLine = robot.lookup(".curves-losses .default-color2.chart-series-line").queryAs(Shape.class);
        assertThat(gLine.getStroke()).isEqualTo(Color.web("#2ca02c"));
        Shape fakeLine = robot.lookup(".curves-accuracy .default-color1.chart-series-line").queryAs(Shape.class);
        assertThat(fakeLine.getStroke()).isEqualTo(Color.web("#d62728"));

        // hovering a legend entry says what the curve is, its formula and its source
        assertThat(robot.lookup(".curves-losses .chart-legend-item").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("G loss")).findFirst().orElseThrow().getTooltip().getText())
                .contains("−(1/n) Σ log D(G(zᵢ))").contains("Goodfellow et al. 2014");
        // and hovering a chart of the published measures, what it measures
        Object frechetTip = robot.lookup("#quality-frechet-chart").query().getProperties()
                .get("javafx.scene.control.Tooltip");
        assertThat(((Tooltip) frechetTip).getText()).contains("Tr(Σᵣ + Σ_g − 2 (Σᵣ Σ_g)^½)")
                .contains("Heusel et al. 2017");

        robot.interact(() -> view.curves().zoomTo(900, 1350));
        assertThat(view.curves().panels()).as("losses, accuracy, D(x), gradient norms").isGreaterThanOrEqualTo(4);
        assertThat(view.curves().range()).as("every panel zoomed alike").containsExactly(900.0, 1350.0);
        robot.clickOn("#reset-zoom");
        assertThat(view.curves().range()).containsExactly(0.0, 4500.0);
        // however narrow the chart, its labelled ticks keep 48 pixels apart, so their numbers never overlap
        var lossChart = robot.lookup(".curves-losses").queryAs(LineChart.class);
        var lossAxis = (NumberAxis) lossChart.getXAxis();
        robot.interact(() -> lossChart.setMaxWidth(260));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lossAxis.getWidth()).isLessThan(260);
        assertThat(lossAxis.getWidth() / (4500 / lossAxis.getTickUnit())).as("pixels between labelled ticks")
                .isGreaterThanOrEqualTo(48);
        robot.interact(() -> lossChart.setMaxWidth(Double.MAX_VALUE));

        robot.clickOn("#smooth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.curves().pointCount()).isBetween(1000, CurvesPane.MAX_POINTS);

        // smoothed curves grow by appending: the newest point is the moving average of every value so far
        List<IterationMetrics> first = rows.subList(0, 100);
        robot.interact(() -> model.shown().metrics().setAll(first));
        robot.interact(() -> model.shown().metrics().addAll(rows.subList(100, 110)));
        double ema = Double.NaN;
        for (var m : rows.subList(0, 110)) {
            ema = Double.isNaN(ema) ? m.dLossReal() : 0.9 * ema + 0.1 * m.dLossReal();
        }
        assertThat(view.curves().pointCount()).isEqualTo(110);
        assertThat(view.curves().lastValue()).isCloseTo(ema, Offset.offset(1e-9));
    }

    @Test
    void twoRunsCompareSideBySideWithOneEpochSlider(FxRobot robot) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (Object[] run : new Object[][] {{"stable", a}, {"mode-collapse", b}}) {
            int status = headless(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "train",
                    "--preset", (String) run[0], "--epochs", "2", "--set", "iterationsPerEpoch=2", "--set",
                    "genFilters=8", "--set", "qualitySamples=0", "--set", "discFilters=8", "--set", "batchSize=16", "--out", run[1].toString());
            assertThat(status).isZero();
        }
        robot.clickOn("Tools").clickOn("Compare two runs…");
        WaitForAsyncUtils.waitForFxEvents();
        CompareView compare = view.compareView();
        robot.interact(() -> {
            compare.load(0, a);
            compare.load(1, b);
        });
        waitUntil(() -> compare.grid(0).getImage() != null && compare.grid(1).getImage() != null, 30);
        assertThat(compare.shownEpoch()).isEqualTo(2);
        assertThat(compare.losses(0).getData()).hasSize(3);
        assertThat(((NumberAxis) compare.losses(0).getYAxis()).getUpperBound())
                .isEqualTo(((NumberAxis) compare.losses(1).getYAxis()).getUpperBound());
        Image before = compare.grid(1).getImage();
        robot.interact(() -> robot.lookup("#compare-slider").queryAs(Slider.class).setValue(1));
        assertThat(compare.shownEpoch()).isEqualTo(1);
        assertThat(compare.grid(1).getImage()).isNotSameAs(before);
        assertThat(robot.lookup("#compare-title-b").queryAs(Label.class).getText()).contains("mode-collapse");
        Label titleA = robot.lookup("#compare-title-a").queryAs(Label.class);
        waitUntil(() -> titleA.getText().endsWith("· Too early to tell"), 30);
        // another run on side B keeps the epoch the class was looking at
        robot.interact(() -> compare.load(1, a));
        Label titleB = robot.lookup("#compare-title-b").queryAs(Label.class);
        waitUntil(() -> titleB.getText().contains("stable"), 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(compare.shownEpoch()).isEqualTo(1);
        assertThat(robot.lookup("#compare-slider").queryAs(Slider.class).getValue()).isEqualTo(1);
    }

    @Test
    void theGuideExplainsTheChosenFailureAndTrainsItsRemedy(FxRobot robot) throws Exception {
        robot.interact(() -> model.loadPreset(Presets.get("saturating-loss")));
        robot.clickOn("#guide");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guide-title").queryAs(Label.class).getText())
                .isEqualTo("The saturating generator loss");
        robot.clickOn("#guide-remedy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presetProperty().get().name()).isEqualTo("remedy-non-saturating");
        assertThat(model.configProperty().get().saturatingGenLoss()).as("G's target reversed").isFalse();
        assertThat(model.configProperty().get().discLearningRate()).as("the same fast D").isEqualTo(0.001);
        assertThat(model.runningProperty().get()).isTrue();
        robot.interact(model::stop);
        waitUntil(() -> !model.runningProperty().get(), 120);
    }

    @Test
    void aFinishedRunContinuesWithItsEpochsKeptOnScreen(FxRobot robot) throws Exception {
        setTiny(robot, Map.of());
        robot.clickOn("#start");
        waitUntil(() -> model.runningProperty().get(), 10);
        waitUntil(() -> !model.runningProperty().get(), 120);
        Path run = model.shownRun();
        robot.clickOn("#train-on").clickOn("Continue +1 epoch");
        waitUntil(() -> model.runningProperty().get(), 30);
        assertThat(model.shown().epochs()).as("the earlier epochs stay while it trains on")
                .hasSizeGreaterThanOrEqualTo(2);
        waitUntil(() -> !model.runningProperty().get(), 120);
        assertThat(model.shown().epochs()).extracting(EpochGrid::epoch).containsExactly(1, 2, 3);
        assertThat(model.shown().metrics()).hasSize(6);
        assertThat(model.shownRun()).isEqualTo(run);
        var record = RunRecords.read(run.resolve(RunFiles.CONFIG));
        assertThat(record.completedEpochs()).isEqualTo(3);
        assertThat(record.history()).singleElement().extracting(Provenance::kind).isEqualTo("continue");
    }

    @Test
    void pausingChangingASettingAndStartingIsABranchAndBothRunsStay(FxRobot robot) throws Exception {
        setTiny(robot, Map.of("epochs", 200));
        robot.clickOn("#start");
        waitUntil(() -> model.shown().epochs().size() >= 1, 60);
        robot.clickOn("#pause");
        waitUntil(() -> model.training().pausedProperty().get(), 10);
        Path parent = model.shownRunOrRunning();
        robot.clickOn("#train-on").clickOn("Branch from the last complete epoch…");
        waitUntil(() -> model.training().branching().branchFromProperty().get() > 0, 10);
        int from = model.training().branching().branchFromProperty().get();
        assertThat(model.shown().epochs()).extracting(EpochGrid::epoch).contains(from);
        Button start = robot.lookup("#start").queryButton();
        assertThat(robot.lookup("#branch-banner").queryAs(Label.class).getText()).startsWith("Branch from epoch " + from + ":");
        assertThat(robot.lookup("#branch-banner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(start.isDisabled()).isFalse();
        robot.interact(() -> model.set("discLearningRate", 0.001));
        robot.interact(() -> model.set("epochs", from + 1));
        robot.clickOn("#start");
        waitUntil(() -> model.runningProperty().get() && model.shownRunOrRunning() != null
                && !model.shownRunOrRunning().equals(parent), 60);
        waitUntil(() -> !model.runningProperty().get(), 120);
        Path branch = model.shownRun();
        assertThat(branch).isNotEqualTo(parent);
        var branchRecord = RunRecords.read(branch.resolve(RunFiles.CONFIG));
        assertThat(branchRecord.branchedFrom().parent()).isEqualTo(parent.toAbsolutePath().toString());
        assertThat(branchRecord.branchedFrom().epoch()).isEqualTo(from);
        assertThat(branchRecord.branchedFrom().changed()).containsKey("discLearningRate");
        assertThat(branchRecord.completedEpochs()).isEqualTo(from + 1);
        var parentRun = RunReader.open(parent);
        assertThat(parentRun.record().status()).as("the parent stays, stopped with its complete epochs")
                .isEqualTo(RunStatus.STOPPED);
        assertThat(parentRun.record().completedEpochs()).isGreaterThanOrEqualTo(from);
        assertThat(model.shown().epochs()).extracting(EpochGrid::epoch).last().isEqualTo(from + 1);

        // compare opens with the parent beside the branch, on one iteration axis, the branch point marked on both
        robot.clickOn("Tools").clickOn("Compare two runs…");
        CompareView compare = view.compareView();
        waitUntil(() -> compare.branchLine(0) > 0 && compare.branchLine(1) > 0, 30);
        assertThat(compare.branchLine(0)).isEqualTo(compare.branchLine(1)).isEqualTo(2.0 * from);
        assertThat(robot.lookup("#compare-title-a").queryAs(Label.class).getText()).contains(parent.getFileName().toString());
        assertThat(robot.lookup("#compare-title-b").queryAs(Label.class).getText()).contains(branch.getFileName().toString());
        robot.interact(() -> compare.zoomTo(1, 3));
        assertThat(compare.range()).as("both runs' charts zoom together").containsExactly(1.0, 3.0);
    }

    @Test
    void aLongRunKeepsAVerdictStripOfAFewCellsThatStillLeadToEveryRange(FxRobot robot) throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("long"), 100);
        robot.interact(() -> model.openRun(run));
        waitUntil(() -> model.diagnosisProperty().get() != null, 120);
        var strip = view.samples().verdictStrip().getChildren();
        assertThat(strip).hasSize(34); // 100 epochs, 3 a cell
        Label third = (Label) strip.get(2);
        assertThat(third.getTooltip().getText()).startsWith("Epochs 7-9: ");
        assertThat(third.getText()).as("a range's numbers are in its tooltip, not squeezed into the cell").isEmpty();
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(7);
        assertThat(third.getPseudoClassStates()).extracting(Object::toString).contains("shown");
        Slider slider = robot.lookup("#epoch-slider").queryAs(Slider.class);
        assertThat(slider.getMax()).isEqualTo(100);
        assertThat(slider.getMajorTickUnit()).as("about 20 ticks, not 100").isEqualTo(5);
    }

    @Test
    void theLabAndTheHeadlessRunnerGiveOneRunTheSameDiagnosis(FxRobot robot) throws Exception {
        Path headless = tmp.resolve("headless");
        int status = headless(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true),
                "train", "--epochs", "2", "--set", "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0", "--set",
                "discFilters=8", "--set", "batchSize=16", "--out", headless.toString());
        assertThat(status).isZero();
        var written = RunDiagnosis.read(headless);

        setTiny(robot, Map.of());
        robot.clickOn("#start");
        waitUntil(() -> model.runningProperty().get(), 10);
        waitUntil(() -> !model.runningProperty().get(), 120);
        waitUntil(() -> model.diagnosisProperty().get() != null && model.diagnosisProperty().get().epochs().size() == 2, 30);
        var shown = model.diagnosisProperty().get();
        assertThat(shown.verdict()).isEqualTo(written.verdict());
        assertThat(shown.evidence()).isEqualTo(written.evidence());
        for (int e = 0; e < 2; e++) {
            assertThat(shown.epochs().get(e).diversity()).as("diversity, epoch %d", e + 1)
                    .isEqualTo(written.epochs().get(e).diversity());
            assertThat(shown.epochs().get(e).realism()).as("realism, epoch %d", e + 1)
                    .isEqualTo(written.epochs().get(e).realism());
        }
    }

    @Test
    void aSweepsFolderOpensAsItsTableAndACellOpensItsRun(FxRobot robot) throws Exception {
        Path sweep = tmp.resolve("sweep");
        int status = headless(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true),
                "sweep", "--presets", "stable,mode-collapse", "--seeds", "4,5", "--epochs", "1", "--set",
                "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0", "--set", "discFilters=8", "--set", "batchSize=16",
                "--out", sweep.toString());
        assertThat(status).isZero();
        robot.interact(() -> view.open(sweep));
        SweepView table = view.sweepView();
        waitUntil(() -> robot.lookup("#sweep-title").queryAs(Label.class).getText().contains("4 runs"), 30);
        var cells = table.grid().getChildren().stream().filter(n -> n.getStyleClass().contains("verdict-cell")).toList();
        assertThat(cells).hasSize(4).allSatisfy(c -> assertThat(c.getStyleClass()).contains("verdict-too-early")
                .contains("not-as-promised")); // one-epoch runs show neither preset's failure
        assertThat(((Label) cells.get(0)).getText()).isEqualTo("\u2260 Too early to tell");
        robot.clickOn(cells.get(2)); // the lab's order: stable first, then mode-collapse; this is mode-collapse seed 4
        waitUntil(() -> model.messageProperty().get().startsWith("opened"), 30);
        assertThat(model.shownRun()).isEqualTo(sweep.resolve("mode-collapse").resolve("seed-4"));
        assertThat(model.configProperty().get().latentSize()).isEqualTo(1);
    }

    /** How many pixels are not grey. */
    private static long coloured(Image image) {
        return Arrays.stream(pixels(image))
                .filter(p -> ((p >> 16) & 0xFF) != (p & 0xFF) || ((p >> 8) & 0xFF) != (p & 0xFF)).count();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    /**
     * A teacher's lesson: its file opens (as a launch argument does), the bar says where the lesson is and what the
     * teacher says, Page Down opens the next step (a gallery run, then a preset with the settings the lesson fixes,
     * which trains at once, every setting locked but those it opens) and Page Up the one before; Next is off at the
     * last step; Close ends the lesson and opens every setting again.
     */
    @Test
    void aLessonWalksItsStepsWithPageDownAndPageUp(FxRobot robot) throws Exception {
        Path file = tmp.resolve("lesson.json");
        Files.writeString(file, """
                {"format": 1, "title": "Two failures", "steps": [
                  {"gallery": "mode-collapse", "note": "Point at the repeats."},
                  {"preset": "saturating-loss", "note": "Watch G's loss.", "settings": {"qualitySamples": 0,
                    "genFilters": 8, "discFilters": 8, "batchSize": 16, "epochs": 2, "iterationsPerEpoch": 2},
                    "open": ["seed"]}]}""");
        assertThat(robot.lookup("#lesson-bar").query().isVisible()).as("no lesson yet").isFalse();
        robot.interact(() -> view.open(file));
        waitUntil(() -> model.shownRun() != null && model.shownRun().endsWith("mode-collapse"), 30);
        Label where = robot.lookup("#lesson-where").queryAs(Label.class);
        assertThat(robot.lookup("#lesson-bar").query().isVisible()).isTrue();
        assertThat(where.getText()).contains("Two failures").contains("Step 1 of 2").contains("Mode collapse");
        assertThat(robot.lookup("#lesson-note").queryAs(Label.class).getText()).isEqualTo("Point at the repeats.");
        assertThat(robot.lookup("#lesson-previous").queryButton().isDisabled()).isTrue();

        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> "saturating-loss".equals(model.presetProperty().get().name()), 10);
        assertThat(where.getText()).contains("Step 2 of 2");
        assertThat(model.configProperty().get().epochs()).as("the setting the lesson fixes").isEqualTo(2);
        assertThat(robot.lookup("#lesson-next").queryButton().isDisabled()).isTrue();
        waitUntil(() -> model.shown().epochs().size() == 2 && !model.runningProperty().get(), 120);
        assertThat(model.messageProperty().get()).as("the preset's step trained").contains("completed");
        assertThat(robot.lookup("#field-seed").query().isDisabled()).as("a setting the step opens").isFalse();
        assertThat(robot.lookup("#field-latentSize").query().isDisabled()).as("one it locks").isTrue();

        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> where.getText().contains("Step 1 of 2"), 10);
        waitUntil(() -> model.shownRun() != null && model.shownRun().endsWith("mode-collapse"), 30);
        robot.clickOn("#lesson-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lesson-bar").query().isVisible()).isFalse();
        assertThat(robot.lookup("#field-latentSize").query().isDisabled()).as("open again").isFalse();
    }
}
