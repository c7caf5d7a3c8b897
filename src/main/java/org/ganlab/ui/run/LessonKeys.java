package org.ganlab.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * The keys a teacher at a lectern uses, one table for the lab, its presentation and the playground: Space starts,
 * pauses and resumes; Left and Right step through the epochs (or checks), Home and End go to the first and the last;
 * F5 or F11 present; each window adds what it has (P play, D D's view, B before and after a cure). A key typed into
 * a field stays there: letters, Space and the arrows act only outside text fields, spinners and editable lists;
 * function keys and Esc act everywhere. The same table lists the keys (F1 or ?) and writes the presentation's hint,
 * so what is listed is what works.
 */
public final class LessonKeys {
    /** One key or pair of keys, as listed, what it does, and in a word or two for the presentation's hint. */
    public record Listed(String keys, String what, String brief) {
    }

    private record Binding(Set<KeyCode> codes, boolean shortcut, Runnable action) {
    }

    private final List<Binding> bindings = new ArrayList<>();
    private final List<Listed> listed = new ArrayList<>();
    private final KeysOverlay overlay = new KeysOverlay();
    private Supplier<StackPane> layers;

    /** Space: {@code what} (start a run, or pause and resume it). */
    public LessonKeys space(String what, String brief, Runnable action) {
        return key("Space", what, brief, action, KeyCode.SPACE);
    }

    /** Left/Right one {@code unit} back or on, Home/End the first or the last, on {@code cursor}. */
    public LessonKeys cursor(String unit, EpochCursor cursor) {
        bindings.add(new Binding(Set.of(KeyCode.LEFT), false, () -> cursor.step(-1)));
        bindings.add(new Binding(Set.of(KeyCode.RIGHT), false, () -> cursor.step(1)));
        bindings.add(new Binding(Set.of(KeyCode.HOME), false, cursor::toFirst));
        bindings.add(new Binding(Set.of(KeyCode.END), false, cursor::toLast));
        listed.add(new Listed("Left / Right", "previous / next " + unit, unit + "s"));
        listed.add(new Listed("Home / End", "first / last " + unit, "first/last"));
        return this;
    }

    /** One or more keys pressed alone, listed as {@code keys}. */
    public LessonKeys key(String keys, String what, String brief, Runnable action, KeyCode... codes) {
        bindings.add(new Binding(Set.of(codes), false, action));
        listed.add(new Listed(keys, what, brief));
        return this;
    }

    /** Ctrl (Cmd on a Mac) with {@code code}. */
    public LessonKeys shortcut(KeyCode code, String what, Runnable action) {
        bindings.add(new Binding(Set.of(code), true, action));
        return listedOnly("Ctrl+" + code.getName(), what);
    }

    /** A key that a menu item handles itself (its accelerator), listed so the list is whole. */
    public LessonKeys listedOnly(String keys, String what) {
        listed.add(new Listed(keys, what, what));
        return this;
    }

    /**
     * F1 or ? lists the keys over the window, on top of {@code layers} (asked when the key is pressed); Esc, F1 or a
     * click closes the list.
     */
    public LessonKeys listOn(Supplier<StackPane> layers) {
        this.layers = layers;
        return key("F1 or ?", "this list (Esc closes it)", "keys", this::showList, KeyCode.F1);
    }

    /** Shows the list of keys, if this table has somewhere to show it. */
    public void showList() {
        StackPane on = layers == null ? null : layers.get();
        if (on != null) {
            overlay.show(on, listed);
        }
    }

    /** The list of keys while it is shown, else null. */
    public Node listShown() {
        return overlay.shown();
    }

    /** The keys in the order they were added, as the list of keys shows them. */
    public List<Listed> listed() {
        return List.copyOf(listed);
    }

    /** A one-line reminder of {@code keys} (as listed), for the presentation: "Space start · … · Esc leaves". */
    public String hint(String... keys) {
        Set<String> wanted = Set.of(keys);
        return listed.stream().filter(l -> wanted.contains(l.keys()))
                .map(l -> l.keys().replace(" / ", "/") + " " + l.brief())
                .collect(Collectors.joining(" · ")) + " · Esc leaves";
    }

    /** Handles the keys pressed anywhere in {@code scene}. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    /** Handles the keys pressed while the focus is inside {@code root}. */
    public void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void typed(KeyEvent e) {
        if (layers != null && "?".equals(e.getCharacter()) && !(e.getTarget() instanceof TextInputControl)) {
            showList();
            e.consume();
        }
    }

    private void pressed(KeyEvent e) {
        if (handle(e.getCode(), e.isShortcutDown(), e.getTarget())) {
            e.consume();
        }
    }

    /** Does what {@code code} stands for; true when the key was used. */
    public boolean handle(KeyCode code, boolean shortcut, Object target) {
        boolean typing = target instanceof TextInputControl || target instanceof ComboBox<?> c && c.isEditable()
                || target instanceof Spinner<?>;
        if (overlay.shown() != null && (code == KeyCode.ESCAPE || code == KeyCode.F1)) {
            overlay.hide();
            return true;
        }
        boolean everywhere = code.isFunctionKey() || code == KeyCode.ESCAPE;
        for (Binding b : bindings) {
            if (b.codes().contains(code) && b.shortcut() == shortcut && (everywhere || shortcut || !typing)) {
                b.action().run();
                return true;
            }
        }
        return false;
    }
}
