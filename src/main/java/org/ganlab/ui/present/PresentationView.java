package org.ganlab.ui.present;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganlab.ui.common.WindowPlacement;
import org.ganlab.ui.run.LessonKeys;

/**
 * The projector's view, one for both kinds of data, one key away (F5 or F11) and left with Esc: full screen, the
 * run's picture as large as it may be on the left (the sample grid, or the plane with D's field), the verdict with
 * its evidence and a chart on the right, the keys' reminder under them, type of at least 24 px, nothing else. It
 * follows the window it was opened from: training goes on, and that window's keys work here too.
 *
 * @param <C> what the kind of data shows (its {@link Content})
 */
public final class PresentationView<C extends PresentationView.Content> {
    /** What one kind of data shows on the projector; the view places it and gives it the window's size. */
    public interface Content {
        /** The picture, on the left. */
        Node picture();

        /** The verdict, its evidence and a chart, on the right above the keys' reminder. */
        Node side();

        /** The keys the reminder lists, as the window's table words them. */
        List<String> keys();

        /** The window is now {@code width} by {@code height}: the picture takes what it may of it. */
        void fit(double width, double height);
    }

    private final C content;
    private final Stage stage = new Stage();

    /** {@code keys}: the table of the window it is opened from, which handles every key here but Esc, F5 and F11. */
    public PresentationView(C content, LessonKeys keys, List<String> stylesheets, boolean dark) {
        this.content = content;
        Label hint = FullScreen.hint(keys, content.keys().toArray(String[]::new));
        hint.setMinHeight(Region.USE_PREF_SIZE); // in a column as wide as the chart: whole, never cut
        Node side = content.side();
        VBox.setVgrow(side, Priority.ALWAYS);
        VBox right = new VBox(10, side, hint);
        right.setMinWidth(0);
        BorderPane root = new BorderPane(right);
        root.setLeft(content.picture());
        BorderPane.setMargin(content.picture(), new Insets(12, 16, 12, 12));
        BorderPane.setMargin(right, new Insets(12, 12, 12, 0));
        root.getStyleClass().addAll("lab", "presentation");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        root.setId("presentation");

        Scene scene = new Scene(root);
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.F11) {
                close();
                e.consume();
            } else if (keys.handle(e.getCode(), e.isShortcutDown(), e.getTarget())) {
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("GAN Lab: presentation");
        FullScreen.endsWith(stage, stage::hide);
        stage.widthProperty().addListener((o, a, b) -> fit());
        stage.heightProperty().addListener((o, a, b) -> fit());
    }

    /** Full screen on the screen that holds {@code owner} (or on {@code bounds} when given: tests). */
    public void show(Window owner, Rectangle2D bounds) {
        Rectangle2D b = bounds != null ? bounds : WindowPlacement.screenOf(owner).getBounds();
        // placed and sized first: a bare X server without a window manager may not honour full screen by itself
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        stage.show();
        if (bounds == null) {
            stage.setFullScreen(true);
        }
        stage.toFront();
        fit();
    }

    /** Leaves the presentation (Esc, F5 or F11 do). */
    public void close() {
        stage.setFullScreen(false);
        stage.hide();
    }

    /** {@code filter} sees every key pressed here before the view's keys do (a lesson's Page Down and Page Up). */
    public void alsoHandle(EventHandler<KeyEvent> filter) {
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public C content() {
        return content;
    }

    public Stage stage() {
        return stage;
    }

    private void fit() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            content.fit(stage.getWidth(), stage.getHeight());
        }
    }
}
