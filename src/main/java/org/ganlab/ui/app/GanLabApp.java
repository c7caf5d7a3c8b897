package org.ganlab.ui.app;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ganlab.backend.NativeOwner;
import org.ganlab.config.Catalogue;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.CurveColours;
import org.ganlab.ui.common.Themes;
import org.ganlab.ui.common.WindowPlacement;
import org.ganlab.ui.lab.LabView;
import org.ganlab.ui.lab.LabViewModel;
import org.ganlab.run.PlaneRunFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the native owner (the one thread for ND4J and oneDNN work), a small pool for file work, the
 * view model, the view, the window; and the lab's orderly exit.
 *
 * <p>Closing the window, Quit, Ctrl+C and SIGTERM all end the same way ({@link #close}): training is asked to stop
 * at its next safe point, the window goes, and a shutdown thread waits (at most {@link #NATIVE_WAIT}) for the native
 * owner to return and close oneDNN's objects before the toolkit exits. The process therefore never exits while a
 * oneDNN call is running, which once crashed the lab inside a convolution's worker threads.
 */
public final class GanLabApp extends Application {
    /** How long an exit waits for native work (an iteration, or an epoch's checkpoint and measures) to return. */
    static final Duration NATIVE_WAIT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(GanLabApp.class);
    private NativeOwner owner;
    private ExecutorService files;
    private LabViewModel model;
    private LabView view;
    private Stage stage;
    private Preferences prefs;
    private final AtomicBoolean closing = new AtomicBoolean();

    /** Builds the window's content; separate from {@link #start} so that UI tests can build it too. */
    public static Scene createScene(LabViewModel model, BackgroundTasks tasks, LabView[] viewOut)
            throws IOException {
        FXMLLoader loader = new FXMLLoader(Resources.url("lab.fxml"));
        Parent root = loader.load();
        LabView view = loader.getController();
        view.bind(model, tasks);
        if (viewOut != null) {
            viewOut[0] = view;
        }
        Themes.apply(root, false);
        // the lab in layers: the window itself, and over it the keys overlay when it is shown
        Scene scene = new Scene(new StackPane(root), 1280, 720);
        scene.getStylesheets().addAll(Resources.url("lab.css").toExternalForm(), CurveColours.stylesheet());
        view.installKeys(scene);
        return scene;
    }

    @Override
    public void start(Stage stage) throws IOException {
        this.stage = stage;
        // the lab ends through close(), which waits for native work; the toolkit must not end by itself first
        Platform.setImplicitExit(false);
        owner = NativeOwner.start("gan-lab-native");
        files = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gan-lab-files");
            t.setDaemon(true);
            return t;
        });
        prefs = Preferences.userNodeForPackage(GanLabApp.class);
        LaunchArguments args = LaunchArguments.parse(getParameters().getRaw(), prefs);
        BackgroundTasks tasks = BackgroundTasks.javaFx(owner, files);
        model = new LabViewModel(tasks, args.runsFolder());
        model.runsFolderProperty().addListener((o, a, b) -> {
            if (b != null) {
                prefs.put(LaunchArguments.RUNS_FOLDER, b.toString());
            }
        });
        LabView[] holder = new LabView[1];
        stage.setScene(createScene(model, tasks, holder));
        view = holder[0];
        view.setOnQuit(this::close);
        stage.setTitle("GAN Lab");
        WindowPlacement.Remembered last = WindowPlacement.Remembered.read(prefs);
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(screens.get(0)))
                .forEach(screens::add);
        Rectangle2D bounds = WindowPlacement.place(last.bounds(), screens);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (last.preset() != null) {
            Presets.find(last.preset()).ifPresent(model::loadPreset);
        }
        // a preset of either kind: on images it loads into the lab, on points it opens the playground with it
        var chosen = args.preset().map(name -> Catalogue.find(name).orElse(null));
        var plane = chosen.filter(p -> p instanceof PlanePreset).map(p -> (PlanePreset) p);
        chosen.filter(p -> p instanceof Preset).ifPresent(p -> model.loadPreset((Preset) p));
        args.preset().filter(name -> Catalogue.find(name).isEmpty()).ifPresent(name -> model.say("--preset: no "
                + "preset named '" + name + "'; allowed: " + String.join(", ", Catalogue.names())));
        view.projectorProperty().set(last.projector());
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window goes in close(), once training has been asked to stop
            close();
        });
        ExitSignals.onTerminate(() -> Platform.runLater(this::close));
        // any other way out (System.exit from a library, a signal that could not be caught) still waits
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            model.shutdown();
            owner.close(NATIVE_WAIT);
        }, "gan-lab-exit"));
        stage.show();
        // a run folder named on the command line opens at once (for example from a file manager)
        args.run().ifPresent(dir -> view.open(dir, args.compare().orElse(null)));
        args.compare().filter(c -> args.run().filter(PlaneRunFolder::isRun).isEmpty())
                .ifPresent(c -> model.say("--compare " + c + ": only a saved 2-D playground run, "
                        + "named before it on the command line, opens beside another"));
        // a plane preset opens the 2-D playground with it (and starts it with --start)
        plane.ifPresent(p -> view.openPlane(p.name(), args.start()));
        if (args.start() && plane.isEmpty()) {
            model.start();
        }
    }

    /**
     * The one way the lab ends: keeps the window's place, asks training to stop, hides the window, then (off the
     * screen's thread) waits for the native owner and exits the toolkit. Called on the JavaFX thread; only the first
     * call does anything.
     */
    void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        remember(stage, prefs);
        model.shutdown();
        view.shutdown();
        stage.hide();
        Thread exit = new Thread(() -> {
            long t0 = System.nanoTime();
            boolean returned = owner.close(NATIVE_WAIT);
            files.shutdown();
            LOG.info("native work {} after {} ms; exiting", returned ? "returned" : "still running",
                    (System.nanoTime() - t0) / 1_000_000);
            Platform.exit();
        }, "gan-lab-close");
        exit.start();
    }

    /** Keeps the window's place, the preset and projector mode for the next launch. */
    private void remember(Stage stage, Preferences prefs) {
        var preset = model.presetProperty().get();
        new WindowPlacement.Remembered(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                preset == null ? null : preset.name(), view.projectorProperty().get()).write(prefs);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.warn("window place not remembered: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        // Platform.exit from elsewhere (a test, the toolkit): the same wait, without the window
        if (model != null) {
            model.shutdown();
        }
        if (owner != null) {
            owner.close(NATIVE_WAIT);
        }
        if (files != null) {
            files.shutdownNow();
        }
    }
}
