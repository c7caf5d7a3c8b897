package org.ganlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JacksonException;
import org.ganlab.config.Catalogue;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentPreset;
import org.ganlab.config.Json;
import org.ganlab.config.Lesson;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.Preset;
import org.ganlab.config.SettingsSchema;

/**
 * A lesson's file read and checked before anything of it is shown: broken JSON, a lesson from a newer version of the
 * lab, a step that names no preset, run or gallery run (or more than one), a preset or a gallery run that does not
 * exist, a saved run that is not there, and settings the step's kind does not have or values it does not allow are
 * each refused by name, with the step and the field and what is allowed.
 */
public final class LessonFile {
    /** A lesson's file that cannot be used, and why, naming the file and the field. */
    public static final class LessonException extends Exception {
        public LessonException(String message) {
            super(message);
        }
    }

    private LessonFile() {
    }

    /** The lesson in {@code file}, every step checked; its saved runs are found beside the file. */
    public static Lesson read(Path file) throws LessonException {
        Lesson lesson;
        try {
            lesson = Json.MAPPER.readValue(ReadLimits.read(file, ReadLimits.JSON), Lesson.class);
        } catch (NoSuchFileException e) {
            throw new LessonException(file + ": no such lesson file");
        } catch (JacksonException e) {
            throw new LessonException(file + ": not a lesson file (JSON with a title and steps): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LessonException(file + ": " + e.getMessage());
        }
        List<String> problems = problems(lesson, file.toAbsolutePath().getParent());
        if (!problems.isEmpty()) {
            throw new LessonException(file + ": " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return lesson;
    }

    /**
     * Writes {@code lesson} into {@code file} whole or not at all, its saved runs' folders made relative to the file's
     * folder where they lie under it (so the lesson and its runs move together); a lesson that would not read back is
     * refused by name, and nothing is written.
     */
    public static void write(Lesson lesson, Path file) throws IOException, LessonException {
        Path folder = file.toAbsolutePath().getParent();
        List<Lesson.Step> steps = new ArrayList<>();
        for (Lesson.Step s : lesson.steps()) {
            String run = s.run();
            if (run != null && Path.of(run).isAbsolute() && Path.of(run).startsWith(folder)) {
                run = folder.relativize(Path.of(run)).toString().replace('\\', '/');
            }
            steps.add(new Lesson.Step(s.preset(), run, s.gallery(), s.note(), s.settings(), s.open()));
        }
        Lesson relative = new Lesson(lesson.format(), lesson.title(), steps);
        List<String> problems = problems(relative, folder);
        if (!problems.isEmpty()) {
            throw new LessonException(file + ": " + problems.get(0));
        }
        AtomicFiles.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(relative));
    }

    /** What is wrong with {@code lesson}, whose saved runs lie relative to {@code folder}, field by field. */
    public static List<String> problems(Lesson lesson, Path folder) {
        List<String> out = new ArrayList<>();
        if (lesson == null) {
            return List.of("the file holds no lesson");
        }
        if (lesson.format() == null) {
            out.add("format: missing; this lab reads lessons of format " + Lesson.FORMAT);
        } else if (lesson.format() > Lesson.FORMAT) {
            out.add("format: " + lesson.format() + " comes from a newer version of GAN Lab; this one reads lessons of "
                    + "format " + Lesson.FORMAT);
        } else if (lesson.format() < 1) {
            out.add("format: " + lesson.format() + " is not a lesson format; this lab reads format " + Lesson.FORMAT);
        }
        if (lesson.title() == null || lesson.title().isBlank()) {
            out.add("title: missing; a lesson has a title");
        }
        if (lesson.steps().isEmpty() || lesson.steps().size() > Lesson.MAX_STEPS) {
            out.add("steps: " + lesson.steps().size() + " steps; a lesson has 1 to " + Lesson.MAX_STEPS);
        }
        for (int i = 0; i < lesson.steps().size(); i++) {
            Lesson.Step s = lesson.steps().get(i);
            String at = "steps[" + (i + 1) + "]";
            if (s == null) {
                out.add(at + ": empty");
                continue;
            }
            int named = (s.preset() != null ? 1 : 0) + (s.run() != null ? 1 : 0) + (s.gallery() != null ? 1 : 0);
            if (named != 1) {
                out.add(at + ": names a preset, a saved run or a gallery run (exactly one of \"preset\", \"run\", "
                        + "\"gallery\"); this one names " + named);
                continue;
            }
            if (s.preset() != null) {
                checkPreset(s, at, out);
            } else if (s.gallery() != null) {
                List<String> gallery = Gallery.entries().stream().map(e -> e.dir().getFileName().toString()).toList();
                if (!gallery.contains(s.gallery())) {
                    out.add(at + ".gallery: no gallery run '" + s.gallery() + "'; the gallery holds: "
                            + String.join(", ", gallery));
                }
            } else if (!Files.isRegularFile(folder.resolve(s.run()).resolve(RunFiles.CONFIG))) {
                out.add(at + ".run: no saved run at " + folder.resolve(s.run()).normalize() + " (a run's folder, "
                        + "relative to the lesson's file)");
            }
            if (s.preset() == null && !s.settings().isEmpty()) {
                out.add(at + ".settings: only a preset's step fixes settings; a saved or gallery run keeps its own");
            }
        }
        return out;
    }

    /** A preset's step: the preset exists, its fixed settings apply to it, and its open settings exist. */
    private static void checkPreset(Lesson.Step s, String at, List<String> out) {
        ExperimentPreset p;
        try {
            p = Catalogue.get(s.preset());
        } catch (ConfigException e) {
            out.add(at + ".preset: " + e.getMessage().replaceFirst("^preset: ", ""));
            return;
        }
        try {
            if (p instanceof Preset images) {
                check(ConfigSchema.IMAGES, images.config(), s, at, out);
            } else if (p instanceof PlanePreset points) {
                check(ConfigSchema.POINTS, points.settings(1), s, at, out);
            }
        } catch (ConfigException e) {
            out.add(at + ".settings." + e.getMessage());
        }
    }

    private static <C> void check(SettingsSchema<C> schema, C base, Lesson.Step s, String at, List<String> out) {
        C fixed = schema.apply(base, s.settings());
        schema.problems(fixed).stream().findFirst().ifPresent(p -> out.add(at + ".settings." + p));
        for (String name : s.open()) {
            if (schema.field(name).isEmpty()) {
                out.add(at + ".open: unknown setting '" + name + "'; settings of this kind: "
                        + String.join(", ", schema.fields().stream().map(SettingsSchema.Field::key).toList()));
            }
        }
    }
}
