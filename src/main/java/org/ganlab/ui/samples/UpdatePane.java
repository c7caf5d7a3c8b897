package org.ganlab.ui.samples;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.Player;
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.FxImages;
import org.ganlab.ui.training.PausedSteps;

/**
 * The update a student just took alone in a paused run on digits, in place of the sample grid until the run goes on:
 * the real images and G's images of the probe, each in D's colour with D's score before the update and after it, and
 * after G's update the image it changed most (or the one clicked) before, after, and which pixels moved.
 */
public final class UpdatePane {
    /** Pixels of an image's side in the changed image's three views (four times a digit's 28). */
    private static final int LARGE = 112;
    /** The pane's padding and the gap between two images of a row. */
    private static final int PADDING = 8;
    private static final int GAP = 4;

    private final VBox box = new VBox(6);
    private final Label title = new Label();
    private final Label changed = new Label();
    private final HBox reals = new HBox(GAP);
    private final HBox fakes = new HBox(GAP);
    private final Label fakesLabel = new Label();
    private final HBox closeUp = new HBox(10);
    private ImageUpdate shown;

    private UpdatePane(Runnable close) {
        title.getStyleClass().add("caption");
        title.setId("update-title");
        changed.setId("update-changed");
        changed.setWrapText(true);
        Button back = new Button("Back to the grid");
        back.setId("update-close");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> close.run());
        Label hint = new Label("D or G: the next update · S: the rest of the iteration · Space: train on");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label realLabel = new Label("Real images: D's score before, then after (green: says real, purple: says fake)");
        realLabel.setWrapText(true);
        fakesLabel.setWrapText(true);
        for (Label l : new Label[] {title, changed, realLabel, fakesLabel, hint}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox bottom = new HBox(12, back, hint);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(title, changed, realLabel, reals, fakesLabel, fakes, closeUp, bottom);
        box.setPadding(new Insets(PADDING));
        box.getStyleClass().add("sample-layer");
    }

    /**
     * The pane, shown while {@code steps} holds an update taken alone and the model's overview is off (the overview
     * outlines the network the update trained instead; see {@link SampleLayers}).
     */
    static Node node(PausedSteps steps, BooleanProperty overview) {
        UpdatePane pane = new UpdatePane(steps::close);
        ScrollPane scroll = new ScrollPane(pane.box);
        scroll.setFitToWidth(true);
        scroll.setId("update-pane");
        scroll.getStyleClass().add("sample-layer");
        scroll.visibleProperty().bind(steps.lastProperty().isNotNull().and(overview.not()));
        steps.lastProperty().addListener((o, a, u) -> {
            if (u != null) {
                pane.show(u, u.player() == Player.G ? u.mostChanged() : -1);
            }
        });
        return scroll;
    }

    private void show(ImageUpdate u, int chosen) {
        shown = u;
        title.setText(u.which() + String.format(Locale.ROOT, ", iteration %,d", u.iteration()));
        double[] r = u.realMeans();
        double[] f = u.fakeMeans();
        changed.setText(u.player() == Player.D
                ? String.format(Locale.ROOT, "D's weights changed, G's did not. Mean D(real) %.2f → %.2f, "
                + "mean D(fake) %.2f → %.2f", r[0], r[1], f[0], f[1])
                : String.format(Locale.ROOT, "G's weights changed, D's did not: G's images moved and D judges them "
                + "anew. Mean D(fake) %.2f → %.2f", f[0], f[1]));
        reals.getChildren().clear();
        for (int i = 0; i < u.real().count(); i++) {
            reals.getChildren().add(cell(u.real().image(i), u.before().real()[i], u.after().real()[i], false, null));
        }
        fakesLabel.setText(u.player() == Player.D ? "G's images (unchanged): D's score before, then after"
                : "G's images after the update: D's score before, then after. Click one to see what changed");
        fakes.getChildren().clear();
        for (int i = 0; i < u.fakeAfter().count(); i++) {
            int at = i;
            fakes.getChildren().add(cell(u.fakeAfter().image(i), u.before().fake()[i], u.after().fake()[i],
                    i == chosen, u.player() == Player.G ? () -> show(shown, at) : null));
        }
        closeUp.getChildren().clear();
        if (chosen >= 0) {
            int size = u.fakeBefore().size();
            closeUp.getChildren().addAll(large(FxImages.grid(u.fakeBefore().image(chosen), true), "before"),
                    large(FxImages.grid(u.fakeAfter().image(chosen), true), "after"),
                    large(FxImages.change(u.change(chosen), size, u.fakeBefore().channels()),
                            "change: orange lighter, blue darker"));
            Tooltip.install(closeUp, new Tooltip(String.format(Locale.ROOT, "Image %d of the grid's first row: its "
                    + "pixels moved %.3f on average (pixels run from -1 to 1); the change is scaled to its largest "
                    + "pixel", chosen + 1, u.meanChange(chosen))));
        }
    }

    /**
     * One probe image in D's colour for its score after the update, with D's score before (muted) and after (bold,
     * with the way it moved), as wide as a tenth of the pane allows.
     */
    private VBox cell(SampleGrid image, float before, float after, boolean chosen, Runnable click) {
        ImageView view = new ImageView(FxImages.judged(image, true, new float[] {after}));
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(box.widthProperty().subtract(2 * PADDING + (ImageUpdate.SHOWN - 1) * GAP)
                .divide(ImageUpdate.SHOWN).subtract(10));
        Label was = new Label(String.format(Locale.ROOT, "%.2f", before));
        was.getStyleClass().add("hint");
        String way = after > before ? "▲" : after < before ? "▼" : "=";
        Label now = new Label(String.format(Locale.ROOT, "%.2f%s", after, way));
        now.getStyleClass().add(after > before ? "score-up" : after < before ? "score-down" : "score-same");
        was.setMinWidth(Region.USE_PREF_SIZE);
        now.setMinWidth(Region.USE_PREF_SIZE);
        VBox cell = new VBox(0, view, was, now);
        cell.setAlignment(Pos.CENTER);
        cell.setMinWidth(0);
        cell.getStyleClass().add(chosen ? "update-cell-chosen" : "update-cell");
        if (click != null) {
            cell.setOnMouseClicked(e -> click.run());
        }
        return cell;
    }

    private static VBox large(Image image, String caption) {
        ImageView view = new ImageView(image);
        view.setSmooth(false);
        view.setFitWidth(LARGE);
        view.setPreserveRatio(true);
        Label label = new Label(caption);
        label.setWrapText(true);
        label.setMaxWidth(LARGE + 40);
        return new VBox(2, view, label);
    }
}
