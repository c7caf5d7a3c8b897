package org.ganlab.ui.plane;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.ganlab.records.PlaneCheck;
import org.ganlab.ui.run.EpochCursor;

/**
 * The playground's row under the picture: a slider back through the checks (0 .. checks - 1 a check, the far right
 * the live picture), where the cursor is in words, and Live. The slider shows the cursor and moves it when dragged.
 */
final class CheckScrubber {
    private final Slider scrub = new Slider(0, 0, 0);
    private final Label where = new Label("Live");
    private final EpochCursor cursor;
    private final List<PlaneCheck> checks;
    private final HBox box;

    /** A row over {@code cursor}, reading the iterations of {@code checks} (a live list). */
    CheckScrubber(EpochCursor cursor, List<PlaneCheck> checks) {
        this.cursor = cursor;
        this.checks = checks;
        scrub.setId("plane-scrub");
        scrub.setBlockIncrement(1);
        scrub.setMajorTickUnit(1);
        scrub.setSnapToTicks(true);
        scrub.valueProperty().addListener((o, a, b) -> {
            int i = (int) Math.round(b.doubleValue());
            if (i + 1 != cursor.selected()) {
                cursor.select(i + 1);
            }
        });
        cursor.addListener((check, following) -> show());
        Button live = new Button("Live");
        live.setId("plane-live");
        live.setOnAction(e -> cursor.toLast());
        where.setMinWidth(260);
        box = new HBox(10, new Label("Back through the checks"), scrub, where, live);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 8, 8));
    }

    Node node() {
        return box;
    }

    /** The slider and its words where the cursor is: a check, or the live picture at the far right. */
    void show() {
        int n = checks.size();
        boolean live = cursor.selected() < 1 || cursor.selected() > n;
        scrub.setMax(n);
        scrub.setValue(live ? n : cursor.selected() - 1);
        where.setText(live ? "Live" : "Check at iteration " + checks.get(cursor.selected() - 1).iteration());
    }
}
