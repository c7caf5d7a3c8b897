package org.ganlab.ui.walk;

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
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.FxImages;

/**
 * A walk along one latent dimension at the viewed epoch: ten images from the run's first fixed point with that one
 * coordinate swept from -3 to +3, drawn by its {@link WalkModel}; the view only binds.
 */
public final class LatentWalkView {
    public static final int STEPS = WalkModel.STEPS;
    public static final double RANGE = WalkModel.RANGE;

    private final WalkModel model;
    private final Spinner<Integer> dimension;
    /** The digit a conditional generator is asked for along the walk (0 and hidden for an unconditional run). */
    private final Spinner<Integer> digit = new Spinner<>(0, 9, 0);
    private final ImageView strip = new ImageView();
    private final Label status = new Label();
    private final VBox root;

    public LatentWalkView(WalkModel model) {
        this.model = model;
        ExperimentConfig config = model.config();
        dimension = new Spinner<>(0, Math.max(0, config.latentSize() - 1), 0);
        dimension.setId("walk-dimension");
        dimension.setEditable(true);
        dimension.valueProperty().addListener((o, a, b) -> walk());
        strip.setSmooth(false);
        strip.setId("walk-strip");
        status.setId("walk-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.shownProperty().addListener((o, a, grid) -> {
            WritableImage image = FxImages.row(grid, true);
            strip.setImage(image);
            strip.setFitWidth(image.getWidth() * 3.0);
            strip.setFitHeight(image.getHeight() * 3.0);
        });
        Label title = new Label("Latent walk at epoch " + model.epoch() + ": dimension " + "(0-"
                + (config.latentSize() - 1) + ") swept from -" + RANGE + " to +" + RANGE);
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

    public Node node() {
        return root;
    }

    public SampleGrid shown() {
        return model.shownProperty().get();
    }

    public Spinner<Integer> dimension() {
        return dimension;
    }

    private void walk() {
        model.walk(dimension.getValue(), digit.getValue());
    }
}
