package org.ganlab.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The composition root: one background executor, the view model, the view, the window. */
public final class GanLabApp extends Application {
    private ExecutorService background;
    private LabViewModel model;
    private LabView view;

    /** Builds the window's content; separate from {@link #start} so that UI tests can build it too. */
    public static Scene createScene(LabViewModel model, java.util.concurrent.Executor executor, LabView[] viewOut)
            throws IOException {
        FXMLLoader loader = new FXMLLoader(Resources.url("lab.fxml"));
        Parent root = loader.load();
        LabView view = loader.getController();
        view.bind(model, executor);
        if (viewOut != null) {
            viewOut[0] = view;
        }
        Themes.apply(root, false);
        // the lab in layers: the window itself, and over it the keys overlay when it is shown
        Scene scene = new Scene(new javafx.scene.layout.StackPane(root), 1280, 720);
        scene.getStylesheets().addAll(Resources.url("lab.css").toExternalForm(), CurveColours.stylesheet());
        view.installKeys(scene);
        return scene;
    }

    @Override
    public void start(Stage stage) throws IOException {
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gan-lab-background");
            t.setDaemon(true);
            return t;
        });
        model = new LabViewModel(background);
        LabView[] holder = new LabView[1];
        stage.setScene(createScene(model, background, holder));
        view = holder[0];
        stage.setTitle("GAN Lab");
        Preferences prefs = Preferences.userNodeForPackage(GanLabApp.class);
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
            org.ganlab.config.Presets.find(last.preset()).ifPresent(model::loadPreset);
        }
        view.projectorProperty().set(last.projector());
        stage.setOnCloseRequest(e -> {
            remember(stage, prefs);
            model.shutdown();
            view.stopPulse();
            Platform.exit();
        });
        stage.show();
        // a run folder named on the command line opens at once (for example from a file manager)
        getParameters().getRaw().stream().findFirst().map(java.nio.file.Path::of)
                .filter(java.nio.file.Files::isDirectory).ifPresent(view::open);
    }

    /** Keeps the window's place, the preset and projector mode for the next launch. */
    private void remember(Stage stage, Preferences prefs) {
        var preset = model.presetProperty().get();
        new WindowPlacement.Remembered(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                preset == null ? null : preset.name(), view.projectorProperty().get()).write(prefs);
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(GanLabApp.class).warn("window place not remembered: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.shutdown();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
