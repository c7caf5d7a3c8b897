package org.ganlab.ui.plane;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.ganlab.records.Player;

/**
 * The playground's buttons for watching one update at a time (see {@link Stepping}): Step (a whole iteration), D and
 * G (the next update alone: only the one whose turn it is can be pressed, so the order D, then G, shows), and Slow.
 */
final class StepControls {
    private StepControls() {
    }

    /** The four buttons side by side, so they wrap together in a narrow toolbar. */
    static Node box(Stepping stepping, ObservableBooleanValue running) {
        Button step = new Button("Step");
        step.setId("plane-step");
        step.setTooltip(new Tooltip("One whole iteration of the paused run: D's steps, then G's (S)"));
        step.disableProperty().bind(running);
        step.setOnAction(e -> stepping.iteration());
        Button d = update(stepping, running, Player.D, "D's next update alone: D learns to tell the real "
                + "from G's points, G stays (D). Each iteration begins with D's steps");
        Button g = update(stepping, running, Player.G, "G's update alone: G's points move where D calls "
                + "them real, D stays (G). It comes after D's steps");
        ToggleButton slow = new ToggleButton("Slow");
        slow.setId("plane-slow");
        slow.setTooltip(new Tooltip("Slow motion: while the run trains, one update a second, each shown with what it "
                + "changed (M)"));
        slow.setOnAction(e -> stepping.slow(slow.isSelected()));
        stepping.slowProperty().addListener((o, a, on) -> slow.setSelected(on));
        HBox box = new HBox(6, step, d, g, slow);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The button for {@code network}'s next update, pressable while paused and when that update is due. */
    private static Button update(Stepping stepping, ObservableBooleanValue running, Player network,
                                 String tip) {
        Button b = new Button(network.letter() + " step");
        b.setId("plane-step-" + network.letter().toLowerCase(Locale.ROOT));
        b.setTooltip(new Tooltip(tip));
        var due = stepping.nextProperty();
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> running.get()
                || due.get() != null && due.get() != network || due.get() == null && network == Player.G,
                running, due));
        b.setOnAction(e -> stepping.update(network));
        return b;
    }
}
