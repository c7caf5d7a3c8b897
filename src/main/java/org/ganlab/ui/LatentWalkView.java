package org.ganlab.ui;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.run.GridImages;
import org.ganlab.train.LatentWalk;
import org.ganlab.records.SampleGrid;

/**
 * A walk along one latent dimension at the viewed epoch: ten images from the run's first fixed point with that one
 * coordinate swept from -3 to +3. Drawn in the background with the generator saved after that epoch.
 */
final class LatentWalkView {
    static final int STEPS = 10;
    static final double RANGE = 3.0;

    private final BackgroundTasks tasks;
    private final Path run;
    private final ExperimentConfig config;
    private final int epoch;
    private final Spinner<Integer> dimension;
    /** The digit a conditional generator is asked for along the walk (0 and hidden for an unconditional run). */
    private final Spinner<Integer> digit = new Spinner<>(0, 9, 0);
    private final ImageView strip = new ImageView();
    private final Label status = new Label();
    private final VBox root;
    private volatile SampleGrid shown;
    /** G after the walk's epoch, loaded by the first walk and kept for the next (used on the native owner only). */
    private LatentWalk.Walker walker;

    LatentWalkView(BackgroundTasks tasks, Path run, ExperimentConfig config, int epoch) {
        this.tasks = tasks;
        this.run = run;
        this.config = config;
        this.epoch = epoch;
        dimension = new Spinner<>(0, Math.max(0, config.latentSize() - 1), 0);
        dimension.setId("walk-dimension");
        dimension.setEditable(true);
        dimension.valueProperty().addListener((o, a, b) -> walk());
        strip.setSmooth(false);
        strip.setId("walk-strip");
        status.setId("walk-status");
        status.setWrapText(true);
        Label title = new Label("Latent walk at epoch " + epoch + ": dimension " + "(0-" + (config.latentSize() - 1)
                + ") swept from -" + RANGE + " to +" + RANGE);
        title.getStyleClass().add("caption");
        digit.setId("walk-digit");
        digit.setEditable(true);
        digit.valueProperty().addListener((o, a, b) -> walk());
        HBox controls = new HBox(10, new Label("Dimension"), dimension);
        if (config.conditional()) {
            controls.getChildren().addAll(new Label("Digit"), digit);
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, title, controls, strip, status);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("lab");
        walk();
    }

    Node node() {
        return root;
    }

    SampleGrid shown() {
        return shown;
    }

    Spinner<Integer> dimension() {
        return dimension;
    }

    private LatentWalk.Walker walker() throws java.io.IOException {
        if (walker == null) {
            boolean pictures = !config.imageFolder().isBlank();
            walker = new LatentWalk.Walker(config, org.ganlab.session.SavedGenerators.after(run, epoch),
                    pictures ? config.imageSize() : 28, pictures && config.colour() ? 3 : 1);
        }
        return walker;
    }

    private void walk() {
        int d = dimension.getValue();
        int k = digit.getValue();
        status.setText("drawing…");
        tasks.latest("latent walk", () -> walker().walk(d, STEPS, RANGE, k), grid -> {
                    GridImages.Argb argb = GridImages.renderRow(grid, true);
                    WritableImage image = FxImages.of(argb);
                    strip.setImage(image);
                    strip.setFitWidth(argb.width() * 3.0);
                    strip.setFitHeight(argb.height() * 3.0);
                    status.setText("left: dimension " + d + " = -" + RANGE + "   right: +" + RANGE
                            + (config.conditional() ? "   (G asked for " + k + "s)" : ""));
                    shown = grid;
                }, e -> status.setText("cannot walk: " + BackgroundTasks.describe(e)));
    }
}
