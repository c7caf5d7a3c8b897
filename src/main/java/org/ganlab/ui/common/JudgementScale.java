package org.ganlab.ui.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import org.ganlab.images.GridImages;

/** The key to D's colours, shared by the 2-D field and the grid coloured by D's scores: fake, unsure, real. */
public final class JudgementScale {
    private JudgementScale() {
    }

    /** "D: fake [purple - white - green] real", in the labels' large type. */
    public static HBox node() {
        return scale("D: fake", 160);
    }

    /**
     * The key for a narrow column (beside the lab's sample grid): "fake [bar] real" on a bar of {@code barWidth}
     * pixels, under the words "D's score".
     */
    public static VBox narrow(double barWidth) {
        return new VBox(2, new Label("D's score"), scale("fake", barWidth));
    }

    /** "{@code fakeWord} [bar of {@code barWidth} pixels] real". */
    private static HBox scale(String fakeWord, double barWidth) {
        Region bar = new Region();
        bar.setPrefSize(barWidth, 18);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.setStyle("-fx-background-color: linear-gradient(to right, " + web(GridImages.SAYS_FAKE) + ", "
                + web(GridImages.UNSURE) + ", " + web(GridImages.SAYS_REAL) + "); -fx-border-color: #444444;");
        Label fake = new Label(fakeWord);
        Label real = new Label("real");
        fake.setMinWidth(Region.USE_PREF_SIZE);
        real.setMinWidth(Region.USE_PREF_SIZE);
        HBox scale = new HBox(8, fake, bar, real);
        scale.setAlignment(Pos.CENTER_LEFT);
        return scale;
    }

    private static String web(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }
}
