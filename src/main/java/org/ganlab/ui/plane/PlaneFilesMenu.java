package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.ganlab.config.Lesson;
import org.ganlab.records.PlaneFrame;
import org.ganlab.ui.common.ExportFiles;
import org.ganlab.ui.common.Folders;

/**
 * The playground's Files menu: open a saved run, compare the run on the screen with a saved one, save the run on the
 * screen, add the chosen preset to the lesson, and the picture as a PNG or the checks' pictures as an animated GIF.
 */
final class PlaneFilesMenu {
    /** The picture's layers as shown: D's field, G's push, the latent mesh. */
    record Layers(boolean field, boolean arrows, boolean mesh) { }

    private final PlaneModel model;
    private final PlanePicture picture;
    /** Offered only where there is a lesson to add to (in the lab; see {@link #offerLessonSteps}). */
    private final MenuItem addToLesson = new MenuItem("Add to the lesson");

    PlaneFilesMenu(PlaneModel model, PlanePicture picture) {
        this.model = model;
        this.picture = picture;
    }

    /** The menu, for the window {@code owner} gives (the dialogs' parent), with the layers {@code layers} shows. */
    MenuButton menu(Supplier<Window> owner, Supplier<Layers> layers) {
        MenuItem open = folderItem("Open run…", "Open a saved playground run", owner, dir -> model.open(dir, null));
        MenuItem compare = folderItem("Compare with a saved run…", "Compare the run on the screen with a saved run",
                owner, model::compareWith);
        compare.disableProperty().bind(Bindings.isEmpty(model.checks()));
        MenuItem save = folderItem("Save run…", "Save the run in a folder (its checks, pictures and checkpoint)", owner,
                model::save);
        save.disableProperty().bind(Bindings.isEmpty(model.checks()));
        MenuItem png = new MenuItem("Picture as PNG…");
        png.setOnAction(e -> png(owner.get()));
        MenuItem gif = new MenuItem("Checks as GIF…");
        gif.setOnAction(e -> gif(owner.get(), layers.get()));
        gif.disableProperty().bind(Bindings.isEmpty(model.checks()));
        addToLesson.setVisible(false);
        MenuButton files = new MenuButton("Files", null, open, compare, save, addToLesson, new SeparatorMenuItem(),
                png, gif);
        files.setId("plane-files");
        files.setTooltip(new Tooltip("Open or save a run (trained on later from where it was saved), or compare the "
                + "run on the screen with a saved one; the picture as a PNG, the checks' pictures as a GIF"));
        return files;
    }

    /** Offers Add to the lesson: the chosen preset, as edited, becomes the lesson's next step ({@code add}). */
    void offerLessonSteps(Consumer<Lesson.Step> add) {
        addToLesson.setOnAction(e -> add.accept(model.setup().lessonStep()));
        addToLesson.setVisible(true);
    }

    /** An item that asks for a folder (the dialog titled {@code title}) and hands it to {@code then}. */
    private static MenuItem folderItem(String text, String title, Supplier<Window> owner,
                                       Consumer<Path> then) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> Folders.choose(owner.get(), title).ifPresent(then));
        return item;
    }

    private void png(Window owner) {
        ExportFiles.choose(owner, "Save the picture", "png").ifPresent(file -> model.exports().png(
                SwingFXUtils.fromFXImage(picture.snapshot(null, null), null), file));
    }

    /** The checks' pictures with {@code layers}, 600 pixels square, each with its iteration. */
    private void gif(Window owner, Layers layers) {
        var frames = model.picture().frames();
        if (frames.isEmpty()) {
            model.exports().nothing("checks");
            return;
        }
        ExportFiles.choose(owner, "Save the checks as an animated GIF", "gif").ifPresent(file -> {
            PlanePicture offscreen = new PlanePicture();
            var images = frames.stream().map((PlaneFrame f) -> SwingFXUtils.fromFXImage(offscreen.render(f, 600,
                    "iteration " + f.iteration(), layers.field(), layers.arrows(), layers.mesh()), null)).toList();
            model.exports().frames(images, file);
        });
    }
}
