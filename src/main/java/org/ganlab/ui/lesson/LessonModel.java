package org.ganlab.ui.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganlab.config.Catalogue;
import org.ganlab.config.ExperimentPreset;
import org.ganlab.config.Lesson;
import org.ganlab.run.Gallery;
import org.ganlab.run.LessonArchive;
import org.ganlab.run.LessonFile;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The lesson open in the lab and the step it is at. A lesson's file is read and checked in the background
 * ({@link LessonFile}: a broken file, a newer format or a step naming what is not there is refused by name, and the
 * lesson open before stays); its first step opens at once. Next and Previous open the step after or before, each
 * through the lab ({@link Steps}), which may refuse (a run still training), and then the lesson stays where it was.
 */
public final class LessonModel implements ViewModel {
    /** What the lab does for a step; each returns false when it cannot now (and has said why). */
    public interface Steps {
        /**
         * The preset of this name (either kind), with the settings the lesson fixes; only the settings named in
         * {@code open} may be changed at this step.
         */
        boolean preset(String name, Map<String, Object> settings, List<String> open);

        /** The saved or gallery run in this folder, opened. */
        boolean run(Path dir);

        /** The lesson closed: every setting may be changed again. */
        void closed();
    }

    private final BackgroundTasks tasks;
    private final Steps steps;
    private final Consumer<String> say;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(-1);
    private final Supplier<Path> runsRoot;
    private Path folder;
    /** The lesson's file, once it has one (opened or saved). */
    private Path file;

    /** {@code runsRoot}: the runs folder, where a lesson's archive is unpacked. */
    public LessonModel(BackgroundTasks tasks, Steps steps, Consumer<String> say, Supplier<Path> runsRoot) {
        this.tasks = tasks;
        this.steps = steps;
        this.say = say;
        this.runsRoot = runsRoot;
    }

    /**
     * Reads the lesson in {@code given} and opens its first step; a lesson's archive ({@code .zip}) is first unpacked
     * into a new folder of the runs folder. A file that cannot be used is refused by name.
     */
    public void open(Path given) {
        Path root = runsRoot.get();
        tasks.files(() -> {
            Path lessonFile = given.getFileName().toString().endsWith(".zip")
                    ? LessonArchive.unpack(given, root) : given;
            return Map.entry(lessonFile, LessonFile.read(lessonFile));
        }, opened -> {
            Lesson read = opened.getValue();
            lesson.set(read);
            file = opened.getKey();
            folder = file.toAbsolutePath().getParent();
            step.set(-1);
            go(0);
            say.accept("lesson '" + read.title() + "': " + read.steps().size() + " steps; Page Down and Page Up move "
                    + "through them");
        }, e -> say.accept(BackgroundTasks.describe(e)));
    }

    /**
     * Adds {@code added} (what the lab shows now) after the lesson's last step, or begins a lesson with it; the lesson
     * is then at that step, already on the screen.
     */
    public void add(Lesson.Step added) {
        Lesson l = lesson.get();
        List<Lesson.Step> steps = new ArrayList<>(l == null ? List.of() : l.steps());
        steps.add(added);
        lesson.set(new Lesson(Lesson.FORMAT, l == null ? "A lesson" : l.title(), steps));
        step.set(steps.size() - 1);
        say.accept("lesson: step " + steps.size() + " added (" + shows(added) + "); File > Save lesson writes it");
    }

    /**
     * Adds what the lab shows: the run on the screen ({@code run}; a gallery run by its name, any other by its folder),
     * or when none is shown the chosen preset.
     */
    public void addShown(Path run, String preset) {
        if (run == null) {
            add(new Lesson.Step(preset, null, null, null, Map.of(), List.of()));
            return;
        }
        Path dir = run.toAbsolutePath().normalize();
        if (Gallery.folder().toAbsolutePath().normalize().equals(dir.getParent())) {
            add(new Lesson.Step(null, null, dir.getFileName().toString(), null, Map.of(), List.of()));
        } else {
            add(new Lesson.Step(null, dir.toString(), null, null, Map.of(), List.of()));
        }
    }

    /**
     * Writes the lesson into {@code file} (a new lesson takes the file's name as its title), its saved runs' folders
     * relative to the file's where they lie under it; a lesson that would not read back is refused by name.
     */
    public void save(Path target) {
        Lesson l = lesson.get();
        if (l == null) {
            say.accept("no lesson to save: open one, or add what the lab shows with File > Add to the lesson");
            return;
        }
        String name = target.getFileName().toString().replaceFirst("\\.json$", "");
        Lesson titled = l.title().equals("A lesson") ? new Lesson(l.format(), name, l.steps()) : l;
        tasks.files(() -> {
            LessonFile.write(titled, target);
            return LessonFile.read(target);
        }, written -> {
            lesson.set(written);
            file = target;
            folder = target.toAbsolutePath().getParent();
            say.accept("lesson '" + written.title() + "' saved in " + target + " (" + written.steps().size()
                    + " steps)");
        }, e -> say.accept(BackgroundTasks.describe(e)));
    }

    /** The lesson, saved, with its saved runs as one archive for another machine ({@link LessonArchive}). */
    public void export(Path archive) {
        if (file == null) {
            say.accept("save the lesson first (File > Save lesson), then export it with its runs");
            return;
        }
        Path from = file;
        tasks.files(() -> {
            LessonArchive.export(from, archive);
            return archive;
        }, written -> say.accept("lesson exported with its saved runs to " + written + "; File > Open lesson opens "
                + "it on another machine"), e -> say.accept(BackgroundTasks.describe(e)));
    }

    /**
     * The step on the screen with the teacher's {@code note} (blank for none), the settings it {@code fixes} (a
     * preset's step only) and those it leaves {@code open} to students; a change the lesson could not be saved with
     * (a setting its preset does not have, a value out of range) is refused by name, and the step stays as it was.
     * A step whose settings changed is opened again, so the lab shows it as it now is. Returns why the change was
     * refused, or empty when it was made.
     */
    public Optional<String> editStep(String note, Map<String, Object> fixes, List<String> open) {
        Lesson l = lesson.get();
        int i = step.get();
        if (l == null || i < 0) {
            return refused("no lesson step to edit: open a lesson, or add what the lab shows with File > Add to the "
                    + "lesson");
        }
        Lesson.Step was = l.steps().get(i);
        Lesson.Step edited = new Lesson.Step(was.preset(), was.run(), was.gallery(),
                note == null || note.isBlank() ? null : note.strip(), fixes, open);
        List<Lesson.Step> steps = new ArrayList<>(l.steps());
        steps.set(i, edited);
        Lesson changed = new Lesson(l.format(), l.title(), steps);
        List<String> problems = LessonFile.problems(changed, folder == null ? Path.of("") : folder);
        if (!problems.isEmpty()) {
            return refused("step " + (i + 1) + " not changed: "
                    + problems.get(0).replaceFirst("^steps\\[\\d+]\\.?", ""));
        }
        lesson.set(changed);
        if (!was.settings().equals(edited.settings()) || !was.open().equals(edited.open())) {
            go(i); // the lab shows the step as it now is (a note alone changes nothing on the screen)
        }
        say.accept("lesson: step " + (i + 1) + " changed; File > Save lesson writes it");
        return Optional.empty();
    }

    private Optional<String> refused(String why) {
        say.accept(why);
        return Optional.of(why);
    }

    /**
     * Settings as a teacher types them, one per line as {@code name = value} (blank lines and lines starting with #
     * skipped): true and false as switches, whole numbers and decimals as numbers, anything else as text. The lesson's
     * check then says whether the preset has them and allows the values.
     *
     * @throws IllegalArgumentException naming a line that is not {@code name = value}
     */
    public static Map<String, Object> settingsFrom(String lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : lines == null ? List.<String>of() : lines.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0 || eq == l.length() - 1) {
                throw new IllegalArgumentException("'" + l + "' is not a setting: write one per line as name = value");
            }
            out.put(l.substring(0, eq).strip(), typed(l.substring(eq + 1).strip()));
        }
        return out;
    }

    private static Object typed(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notWhole) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException notNumber) {
                return value;
            }
        }
    }

    public void next() {
        go(step.get() + 1);
    }

    public void previous() {
        go(step.get() - 1);
    }

    /** The lesson closes; the lab keeps what is on the screen. */
    public void close() {
        lesson.set(null);
        step.set(-1);
        steps.closed();
    }

    private void go(int i) {
        Lesson l = lesson.get();
        if (l == null || i < 0 || i >= l.steps().size()) {
            return;
        }
        Lesson.Step s = l.steps().get(i);
        boolean opened;
        if (s.preset() != null) {
            opened = steps.preset(s.preset(), s.settings(), s.open());
        } else if (s.gallery() != null) {
            opened = steps.run(Gallery.folder().resolve(s.gallery()));
        } else {
            opened = steps.run(folder.resolve(s.run()).normalize());
        }
        if (opened) {
            step.set(i);
        }
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step on the screen, from 0; -1 with no lesson open. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What a step shows, in a few words: the preset's title, the gallery run's, or the saved run's folder. */
    public static String shows(Lesson.Step s) {
        if (s.preset() != null) {
            return Catalogue.find(s.preset()).map(ExperimentPreset::title).orElse(s.preset());
        }
        if (s.gallery() != null) {
            return "the gallery's run of " + Catalogue.find(s.gallery()).map(ExperimentPreset::title)
                    .orElse(s.gallery());
        }
        return "the saved run " + s.run();
    }
}
