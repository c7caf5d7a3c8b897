package org.ganlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganlab.backend.NativeOwner;
import org.ganlab.guide.GuidePage;
import org.ganlab.run.Gallery;
import org.ganlab.session.Sweep;
import org.ganlab.ui.app.GanLabApp;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.present.GridPresentation;
import org.ganlab.ui.present.PresentationView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab on the screens classrooms have: at 1024x768, 1280x720, 1366x768 and 1920x1080 every command of the main
 * window lies on the screen, and no text of the main window (projector mode too), the guide, compare, the latent walk,
 * the 2-D playground, the presentation view or the sweep table is cut to an ellipsis, and the committed sweep record shows all five seeds
 * at 1024 pixels without scrolling sideways; the presentation view draws the grid at 2x on 1280x720 and 3x on 1920x1080; the keys drive it.
 */
@ExtendWith(ApplicationExtension.class)
public class ScreenSizesTest {
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private final NativeOwner owner = NativeOwner.start("test-native");
    private LabViewModel model;
    private LabView view;
    private Stage stage;
    @TempDir
    Path runs;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        BackgroundTasks tasks = BackgroundTasks.javaFx(owner, background);
        model = new LabViewModel(tasks, runs);
        LabView[] holder = new LabView[1];
        s.setScene(GanLabApp.createScene(model, tasks, holder));
        view = holder[0];
        s.show();
    }

    @AfterEach
    void close() throws Exception {
        model.shutdown();
        assertThat(owner.close(Duration.ofSeconds(30))).as("native work returned").isTrue();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768, 1", "1280, 720, 2", "1366, 768, 2", "1920, 1080, 3"})
    void everyCommandFitsAndNoTextIsCut(int width, int height, int presentationScale, FxRobot robot) throws Exception {
        placeOnScreen(robot, width, height);
        Gallery.Entry collapse = Gallery.entries().stream().filter(e -> e.dir().endsWith("mode-collapse")).findFirst()
                .orElseThrow();
        robot.interact(() -> model.openRun(collapse.dir()));
        waitFor(() -> model.diagnosisProperty().get() != null && model.shown().epochs().size() == 10);
        settle(robot); // the strip, the grid and the charts lay themselves out

        Parent main = stage.getScene().getRoot();
        assertThat(cutTexts(main)).as("texts cut at " + width + "x" + height).isEmpty();
        assertThat(offScreen(main, width, height)).as("commands off the window").isEmpty();
        for (String id : List.of("#settings", "#start", "#pause", "#stop", "#train-on", "#gallery", "#guide",
                "#present", "#preset")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        // the settings open beside the run, their first group unfolded: every label and button whole; then as they were
        ToggleButton settings = robot.lookup("#settings").queryAs(ToggleButton.class);
        boolean wasOpen = settings.isSelected();
        robot.interact(() -> settings.setSelected(true));
        settle(robot);
        assertThat(cutTexts(main)).as("texts cut with the settings open at " + width + "x" + height).isEmpty();
        robot.interact(() -> settings.setSelected(wasOpen));
        settle(robot);

        robot.interact(() -> view.projectorProperty().set(true));
        settle(robot);
        assertThat(cutTexts(main)).as("texts cut in projector mode at " + width + "x" + height).isEmpty();
        assertThat(offScreen(main, width, height)).as("commands off the window in projector mode").isEmpty();
        robot.interact(() -> view.projectorProperty().set(false));

        robot.clickOn("#guide");
        Window guide = waitForWindow("GAN Lab guide");
        fitTo(robot, guide, width, height); // the test's screen is larger: the window as it would open on this one
        assertThat(cutTexts(guide.getScene().getRoot())).as("guide texts cut").isEmpty();
        // every page, buttons included, reads without scrolling sideways (a long button label once widened a page)
        ListView<?> pages = robot.lookup("#guide-pages")
                .queryAs(ListView.class);
        ScrollPane pageScroll = robot.from(guide.getScene().getRoot())
                .lookup((Node n) -> n instanceof ScrollPane).query();
        for (int i = 0; i < pages.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> {
                pages.getSelectionModel().select(index);
                pages.scrollTo(index);
            });
            settle(robot);
            Region content = (Region) pageScroll.getContent();
            String title = ((GuidePage) pages.getItems().get(i)).title();
            assertThat(content.getWidth()).as("guide page '" + title + "' at " + width + "x" + height)
                    .isLessThanOrEqualTo(pageScroll.getViewportBounds().getWidth() + 1);
            assertThat(cutTexts(guide.getScene().getRoot())).as("guide texts cut on '" + title + "' at " + width
                    + "x" + height).isEmpty();
        }
        robot.interact(guide::hide);

        robot.clickOn("Tools").clickOn("Compare two runs…");
        Window compare = waitForWindow("GAN Lab: compare two runs");
        fitTo(robot, compare, width, height);
        assertThat(cutTexts(compare.getScene().getRoot())).as("compare texts cut").isEmpty();
        robot.interact(compare::hide);

        robot.clickOn("Tools").clickOn("Latent walk at the viewed epoch…");
        Window walk = waitForWindow("GAN Lab: latent walk");
        waitFor(() -> view.walkView().shown() != null);
        fitTo(robot, walk, width, height);
        assertThat(cutTexts(walk.getScene().getRoot())).as("latent walk texts cut").isEmpty();
        robot.interact(walk::hide);

        robot.clickOn("Tools").clickOn("2-D playground: what D sees…");
        Window plane = waitForWindow("GAN Lab: 2-D playground, what D sees");
        fitTo(robot, plane, width, height);
        assertThat(cutTexts(plane.getScene().getRoot())).as("playground texts cut").isEmpty();
        assertThat(offScreen(plane.getScene().getRoot(), plane.getWidth(), plane.getHeight()))
                .as("playground commands off its window").isEmpty();
        robot.interact(plane::hide);

        robot.interact(() -> view.present(new Rectangle2D(0, 0, width, height)));
        waitFor(() -> view.presentation() != null && view.presentation().isShowing());
        settle(robot);
        PresentationView<GridPresentation> presentation = view.presentation();
        assertThat(presentation.isShowing()).isTrue();
        assertThat(presentation.content().scale()).as("grid scale on the projector")
                .isGreaterThanOrEqualTo(presentationScale);
        assertThat(cutTexts(presentation.stage().getScene().getRoot())).as("presentation texts cut").isEmpty();
        // the keys work in the presentation: back one epoch, then Esc leaves
        robot.type(KeyCode.LEFT);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(9);
        robot.type(KeyCode.HOME);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.isShowing()).isFalse();
    }

    /**
     * The grid first: on a classroom's screens the lab draws the sample grid at a whole-number scale of at least 1x (a
     * digit's own 28 pixels, crisp), with the classifier's digit histogram beside it, and still with D's view on (its
     * key above the grid).
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1280, 720", "1366, 768"})
    void theSampleGridIsDrawnAtAWholeScaleOfAtLeastOne(int width, int height, FxRobot robot) throws Exception {
        placeOnScreen(robot, width, height);
        Gallery.Entry run = Gallery.entries().stream().filter(e -> e.dir().endsWith("all-digits-collapse"))
                .findFirst().orElseThrow();
        robot.interact(() -> model.openRun(run.dir()));
        waitFor(() -> model.diagnosisProperty().get() != null
                && robot.lookup("#digit-histogram").query().isVisible());
        settle(robot);
        assertThat(gridScale(robot)).as("sample grid scale at " + width + "x" + height).isGreaterThanOrEqualTo(1)
                .satisfies(x -> assertThat(x % 1).as("a whole number").isZero());
        robot.clickOn("#d-view");
        waitFor(() -> robot.lookup("#d-view-key").query().isVisible());
        settle(robot);
        assertThat(gridScale(robot)).as("grid scale with D's view at " + width + "x" + height)
                .isGreaterThanOrEqualTo(1);
        assertThat(cutTexts(stage.getScene().getRoot())).as("texts cut with D's view at " + width + "x" + height)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1280, 720"})
    void theSweepRecordsTableShowsEverySeedWithoutSidewaysScrollingOrCutText(int width, int height, FxRobot robot)
            throws Exception {
        placeOnScreen(robot, width, height);
        Path record = Path.of("resources", "sweep");
        long seeds = Sweep.rows(record).stream().map(Sweep.Row::seed).distinct()
                .count();
        assertThat(seeds).as("seeds in the record").isGreaterThanOrEqualTo(5);
        robot.interact(() -> view.open(record));
        Window table = waitForWindow("GAN Lab: sweep table (sweep)");
        fitTo(robot, table, width, height);
        waitFor(() -> robot.lookup("#sweep-title").tryQuery().map(n -> ((Labeled) n).getText().contains("click a cell"))
                .orElse(false));
        settle(robot);
        GridPane grid = view.sweepView().grid();
        ScrollPane scroll = null;
        for (Node p = grid.getParent(); p != null && scroll == null; p = p.getParent()) {
            scroll = p instanceof ScrollPane sp ? sp : null;
        }
        assertThat(scroll).isNotNull();
        assertThat(grid.getWidth()).as("the table's width at " + width + "x" + height + ": every seed and the count "
                + "on the screen without scrolling sideways").isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        assertThat(cutTexts(table.getScene().getRoot())).as("sweep texts cut at " + width + "x" + height).isEmpty();
        robot.interact(table::hide);
    }

    /** The main window as it opens on a screen of this size. */
    /** How many screen pixels the lab's sample grid gives each of its own. */
    private static double gridScale(FxRobot robot) {
        ImageView grid = robot.lookup("#sample-grid").queryAs(ImageView.class);
        return grid.getFitWidth() / grid.getImage().getWidth();
    }

    private void placeOnScreen(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** Lays every window out now (CSS, then layout), rather than waiting some time for the toolkit's pulses. */
    private static void settle(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null).forEach(w -> {
            w.getScene().getRoot().applyCss();
            w.getScene().getRoot().layout();
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fitTo(FxRobot robot, Window w, int width, int height) {
        robot.interact(() -> {
            w.setWidth(Math.min(w.getWidth(), width));
            w.setHeight(Math.min(w.getHeight(), height));
        });
        settle(robot);
    }

    private Window waitForWindow(String title) throws Exception {
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())
                && s.isShowing()));
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    /**
     * Every shown Labeled whose rendered text ends in its ellipsis instead of its own text. Lays the scene out on
     * the FX thread, whichever thread asks: a chart's axes change their children while laid out.
     */
    public static List<String> cutTexts(Parent root) {
        return onFx(() -> cutTextsNow(root));
    }

    private static List<String> cutTextsNow(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || !shown(l) || l.getText() == null || l.getText().isEmpty()) {
                continue;
            }
            String ellipsis = l.getEllipsisString();
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getText() != null && !ellipsis.isEmpty()
                        && t.getText().contains(ellipsis) && !l.getText().contains(ellipsis)) {
                    cut.add(l.getClass().getSimpleName() + " '" + l.getText() + "' shown as '" + t.getText() + "'");
                }
            }
        }
        return cut;
    }

    /** Shown commands (buttons, menus, combo boxes) that lie partly outside the window. */
    static List<String> offScreen(Parent root, double width, double height) {
        return onFx(() -> offScreenNow(root, width, height));
    }

    private static List<String> offScreenNow(Parent root, double width, double height) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if ((n instanceof ButtonBase || n instanceof ComboBoxBase<?>) && shown(n)) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                if (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > width + 1 || b.getMaxY() > height + 1) {
                    out.add(n.getClass().getSimpleName() + " " + (n instanceof Labeled l ? l.getText() : n.getId())
                            + " at " + b);
                }
            }
        }
        return out;
    }

    private static <T> T onFx(Callable<T> check) {
        try {
            return Platform.isFxApplicationThread() ? check.call() : WaitForAsyncUtils.asyncFx(check).get(30,
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the layout check on the FX thread failed", e);
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
