package org.ganlab.ui.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.config.Lesson;
import org.ganlab.run.LessonFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's step made in the playground (File > Add to the lesson): the chosen preset with what the teacher changed
 * in the editor fixed, which, saved and read back, gives the students the same settings to train.
 */
class PlaneSetupModelTest {
    @TempDir
    Path dir;

    @Test
    void aStepFromThePlaygroundFixesWhatTheTeacherChangedAndTrainsTheSameSettingsWhenOpened() throws Exception {
        List<String> said = new ArrayList<>();
        PlaneSetupModel teacher = new PlaneSetupModel(said::add);
        teacher.choose("plane-mode-collapse", Map.of(), null);
        teacher.edited().set("unrolledSteps", 5);
        teacher.edited().set("unrolledSecondOrder", true);
        teacher.seedProperty().set(3);
        Lesson.Step step = teacher.lessonStep();
        assertThat(step.preset()).isEqualTo("plane-mode-collapse");
        assertThat(step.settings()).as("what was changed, not the toolbar's seed")
                .isEqualTo(Map.of("unrolledSteps", 5, "unrolledSecondOrder", true));

        Path file = dir.resolve("unrolled.json");
        LessonFile.write(new Lesson(Lesson.FORMAT, "Unrolled", List.of(step)), file);
        Lesson.Step read = LessonFile.read(file).steps().get(0);
        PlaneSetupModel student = new PlaneSetupModel(said::add);
        student.choose(read.preset(), read.settings(), read.open());
        assertThat(student.settings().unrolledSteps()).isEqualTo(5);
        assertThat(student.settings().unrolledSecondOrder()).isTrue();
        assertThat(student.settings().discSteps()).as("the preset's own").isEqualTo(5);
    }
}
