package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.config.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's file: the two shipped lessons read, every step naming a preset or gallery run that exists; what is
 * broken, missing or from a newer version is refused by name, with the file, the step and the field.
 */
class LessonFileTest {
    @TempDir
    Path dir;

    @Test
    void theShippedLessonsReadWithEveryStepThere() throws Exception {
        Lesson digits = LessonFile.read(Path.of("resources", "lessons", "why-gans-fail.json"));
        assertThat(digits.title()).startsWith("Why GANs fail on digits");
        assertThat(digits.steps()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(s -> assertThat(s.note()).as("a note for the teacher").isNotBlank());
        assertThat(digits.steps()).extracting(Lesson.Step::gallery).contains("stable", "mode-collapse");
        Lesson points = LessonFile.read(Path.of("resources", "lessons", "what-d-sees.json"));
        assertThat(points.steps()).extracting(Lesson.Step::preset).contains("plane-stable-ring", "plane-ttur");
        assertThat(points.steps().get(0).open()).contains("genLearningRate");
    }

    @Test
    void aSavedRunBesideTheLessonIsFoundRelativeToIt() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs").resolve("my-run"));
        Files.copy(Path.of("resources", "gallery", "stable", RunFiles.CONFIG), run.resolve(RunFiles.CONFIG));
        Path file = write("""
                {"format": 1, "title": "Mine", "steps": [{"run": "runs/my-run", "note": "ours"}]}""");
        assertThat(LessonFile.read(file).steps().get(0).run()).isEqualTo("runs/my-run");
    }

    @Test
    void whatIsBrokenMissingOrNewerIsRefusedByName() throws Exception {
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [", "not a lesson file");
        refused("{\"format\": 2, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\"}]}",
                "format: 2 comes from a newer version of GAN Lab; this one reads lessons of format 1");
        refused("{\"title\": \"x\", \"steps\": [{\"preset\": \"stable\"}]}", "format: missing");
        refused("{\"format\": 1, \"title\": \" \", \"steps\": [{\"preset\": \"stable\"}]}", "title: missing");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": []}", "steps: 0 steps; a lesson has 1 to 50");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"nope\"}]}",
                "steps[1].preset: unknown preset 'nope'; known presets: stable");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\"}, {\"gallery\": \"nope\"}]}",
                "steps[2].gallery: no gallery run 'nope'; the gallery holds: stable");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"run\": \"gone\"}]}", "steps[1].run: no saved run at");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\", \"gallery\": \"stable\"}]}",
                "steps[1]: names a preset, a saved run or a gallery run (exactly one");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\", \"settings\": "
                + "{\"latentSize\": 0}}]}", "steps[1].settings.latentSize:");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"plane-stable-ring\", \"settings\": "
                + "{\"latentSize\": 2, \"nonsense\": 1}}]}", "steps[1].settings.nonsense: unknown setting");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\", \"open\": [\"colour\", "
                + "\"wings\"]}]}", "steps[1].open: unknown setting 'wings'");
        refused("{\"format\": 1, \"title\": \"x\", \"steps\": [{\"gallery\": \"stable\", \"settings\": "
                + "{\"epochs\": 2}}]}", "steps[1].settings: only a preset's step fixes settings");
        assertThatThrownBy(() -> LessonFile.read(dir.resolve("absent.json")))
                .hasMessageContaining("absent.json: no such lesson file");
    }

    private void refused(String json, String message) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> LessonFile.read(file)).as(json).isInstanceOf(LessonFile.LessonException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
    }

    private Path write(String json) throws Exception {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, json);
        return file;
    }
}
