package org.ganlab.ui.samples;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.ganlab.ui.run.EpochCursor;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Play button: moves the epoch cursor one epoch every 600 ms, from the first epoch when at the last, until the end. */
final class EpochPlayer {
    private final Button play = new Button("Play");
    private final Timeline timeline;
    private final EpochCursor cursor;

    /** @param atEnd whether the epoch on screen is the last one (Play then starts over from the first) */
    EpochPlayer(EpochCursor cursor, BooleanSupplier atEnd) {
        this.cursor = cursor;
        play.setId("play");
        play.setGraphic(new FontIcon("mdi2p-play"));
        play.setTooltip(new Tooltip("Play the epochs one after another (P)"));
        play.setMinWidth(Region.USE_PREF_SIZE);
        timeline = new Timeline(new KeyFrame(Duration.millis(600), e -> step()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        play.setOnAction(e -> {
            if (timeline.getStatus() == Animation.Status.RUNNING) {
                stop();
            } else {
                if (atEnd.getAsBoolean()) {
                    cursor.toFirst();
                }
                timeline.play();
                play.setText("Pause");
                ((FontIcon) play.getGraphic()).setIconLiteral("mdi2p-pause");
            }
        });
    }

    Button button() {
        return play;
    }

    private void step() {
        if (!cursor.advance()) {
            stop();
        }
    }

    private void stop() {
        timeline.stop();
        play.setText("Play");
        ((FontIcon) play.getGraphic()).setIconLiteral("mdi2p-play");
    }
}
