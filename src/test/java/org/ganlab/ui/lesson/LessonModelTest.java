package org.ganlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.config.Lesson;
import org.ganlab.run.Gallery;
import org.ganlab.run.LessonFile;
import org.ganlab.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking a lesson's steps, as the teacher's Next and Previous do, with the lab's side played by a list. */
class LessonModelTest {
    @TempDir
    Path tmp;

    private final List<String> opened = new ArrayList<>();
    private final List<String> said = new ArrayList<>();
    private boolean busy;

    private LessonModel model() {
        return new LessonModel(BackgroundTasks.synchronous(), new LessonModel.Steps() {
            public boolean preset(String name, Map<String, Object> settings, List<String> open) {
                if (!busy) {
                    opened.add("preset " + name + " " + settings + " open " + open);
                }
                return !busy;
            }

            public boolean run(Path dir) {
                if (!busy) {
                    opened.add("run " + dir);
                }
                return !busy;
            }

            public void closed() {
                opened.add("closed");
            }
        }, said::add, () -> tmp.resolve("runs"));
    }

    private Path lesson(String json) throws Exception {
        Path file = tmp.resolve("lesson.json");
        Files.writeString(file, json);
        return file;
    }

    /**
     * Edit step…: the note, the fixed settings (typed as the teacher types them) and the open ones change the step on
     * the screen, which opens again when its settings changed; a setting the preset does not have is refused by name
     * and the step stays as it was.
     */
    @Test
    void aStepIsEditedInTheLabAndARefusedEditLeavesItAsItWas() throws Exception {
        LessonModel m = model();
        m.open(lesson("""
                {"format": 1, "title": "One failure", "steps": [
                  {"preset": "saturating-loss", "note": "Watch G's loss.", "settings": {"epochs": 2}}]}"""));
        opened.clear();
        assertThat(StepEditor.apply(m, "  Point at the flat G loss.  ", "epochs = 2", "")).isEmpty();
        assertThat(m.lessonProperty().get().steps().get(0).note()).isEqualTo("Point at the flat G loss.");
        assertThat(opened).as("a note alone changes nothing on the screen").isEmpty();

        assertThat(StepEditor.apply(m, "Point at the flat G loss.", "epochs = 3\n# the seed stays open\n",
                "seed, discLearningRate")).isEmpty();
        Lesson.Step step = m.lessonProperty().get().steps().get(0);
        assertThat(step.settings()).isEqualTo(Map.of("epochs", 3));
        assertThat(step.open()).containsExactly("seed", "discLearningRate");
        assertThat(opened).containsExactly("preset saturating-loss {epochs=3} open [seed, discLearningRate]");

        assertThat(StepEditor.apply(m, "", "nonsense = 1", "")).hasValueSatisfying(why -> assertThat(why)
                .startsWith("step 1 not changed").contains("nonsense"));
        assertThat(StepEditor.apply(m, "", "epochs 4", "")).hasValueSatisfying(why -> assertThat(why)
                .contains("'epochs 4' is not a setting"));
        assertThat(m.lessonProperty().get().steps().get(0)).as("as it was").isEqualTo(step);
        assertThat(LessonModel.settingsFrom("a = true\nb = 0.5\nc = 7\nd = bce")).isEqualTo(Map.of("a", true,
                "b", 0.5, "c", 7, "d", "bce"));
    }

    @Test
    void nextAndPreviousOpenEachStepInTurnAndStopAtTheEnds() throws Exception {
        Files.createDirectories(tmp.resolve("saved"));
        Files.copy(Gallery.folder().resolve("stable").resolve("config.json"), tmp.resolve("saved/config.json"));
        LessonModel m = model();
        m.open(lesson("""
                {"format": 1, "title": "Two failures", "steps": [
                  {"gallery": "mode-collapse", "note": "Point at the repeats."},
                  {"preset": "saturating-loss", "note": "Watch G's loss.", "settings": {"epochs": 2},
                   "open": ["seed"]},
                  {"run": "saved", "note": "Ours from last week."}]}"""));
        assertThat(m.stepProperty().get()).isZero();
        assertThat(opened).containsExactly("run " + Gallery.folder().resolve("mode-collapse"));
        assertThat(said.get(0)).contains("Two failures").contains("3 steps");
        m.previous();
        assertThat(m.stepProperty().get()).as("no step before the first").isZero();
        m.next();
        m.next();
        assertThat(opened).containsExactly("run " + Gallery.folder().resolve("mode-collapse"),
                "preset saturating-loss {epochs=2} open [seed]", "run " + tmp.resolve("saved"));
        m.next();
        assertThat(m.stepProperty().get()).as("no step after the last").isEqualTo(2);
        m.previous();
        assertThat(m.stepProperty().get()).isEqualTo(1);
        assertThat(LessonModel.shows(m.lessonProperty().get().steps().get(0))).contains("gallery")
                .contains("Mode collapse");
    }

    /** A step the lab cannot open now (its run still trains) leaves the lesson where it was. */
    @Test
    void aStepTheLabRefusesLeavesTheLessonWhereItWas() throws Exception {
        LessonModel m = model();
        m.open(lesson("""
                {"format": 1, "title": "One", "steps": [{"preset": "stable"}, {"preset": "mode-collapse"}]}"""));
        busy = true;
        m.next();
        assertThat(m.stepProperty().get()).isZero();
        busy = false;
        m.next();
        assertThat(m.stepProperty().get()).isEqualTo(1);
    }

    /** A broken lesson, or one naming a preset that is not there, is refused by its file's name; the open one stays. */
    @Test
    void aBrokenLessonIsRefusedByNameAndTheOpenOneStays() throws Exception {
        LessonModel m = model();
        m.open(lesson("""
                {"format": 1, "title": "Good", "steps": [{"preset": "stable"}]}"""));
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, """
                {"format": 1, "title": "Bad", "steps": [{"preset": "no-such-preset"}]}""");
        m.open(broken);
        assertThat(said.get(said.size() - 1)).contains("broken.json").contains("no-such-preset");
        assertThat(m.lessonProperty().get().title()).isEqualTo("Good");
        m.close();
        assertThat(opened).last().as("the lab told the lesson closed").isEqualTo("closed");
        assertThat(m.lessonProperty().get()).isNull();
        assertThat(m.stepProperty().get()).isEqualTo(-1);
    }

    /**
     * A teacher builds a lesson from what the lab shows (a preset, a gallery run, a run of their own) and saves it
     * beside their run: the file reads back, the gallery run by its name, their run by a folder relative to the file,
     * and the lesson takes the file's name as its title. A lesson naming a run that is not there is not written.
     */
    @Test
    void aLessonBuiltFromWhatIsShownIsSavedAndReadsBack() throws Exception {
        Path lessons = Files.createDirectories(tmp.resolve("class"));
        Path mine = Files.createDirectories(lessons.resolve("runs/mine"));
        Files.copy(Gallery.folder().resolve("stable").resolve("config.json"), mine.resolve("config.json"));
        LessonModel m = model();
        m.addShown(null, "mode-collapse");
        m.addShown(Gallery.folder().resolve("stable"), "stable");
        m.addShown(mine, "stable");
        assertThat(m.stepProperty().get()).isEqualTo(2);
        Path file = lessons.resolve("monday.json");
        m.save(file);
        assertThat(said.get(said.size() - 1)).contains("saved").contains("3 steps");
        var read = LessonFile.read(file);
        assertThat(read.title()).isEqualTo("monday");
        assertThat(read.steps()).extracting(s -> s.preset() + " " + s.gallery() + " " + s.run())
                .containsExactly("mode-collapse null null", "null stable null", "null null runs/mine");

        m.addShown(tmp.resolve("gone"), "stable");
        Path other = tmp.resolve("other.json");
        m.save(other);
        assertThat(said.get(said.size() - 1)).contains("other.json").contains("no saved run");
        assertThat(other).doesNotExist();
    }

    /** A saved lesson exports with its runs, and the archive opens as the lesson, unpacked into the runs folder. */
    @Test
    void aSavedLessonExportsAndItsArchiveOpensFromTheRunsFolder() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("class/runs/mine"));
        Files.copy(Gallery.folder().resolve("stable").resolve("config.json"), mine.resolve("config.json"));
        LessonModel m = model();
        m.export(tmp.resolve("early.zip"));
        assertThat(said.get(said.size() - 1)).contains("save the lesson first");
        m.addShown(mine, "stable");
        m.save(tmp.resolve("class/friday.json"));
        m.export(tmp.resolve("friday.zip"));
        assertThat(said.get(said.size() - 1)).contains("exported").contains("friday.zip");
        opened.clear();
        LessonModel other = model();
        other.open(tmp.resolve("friday.zip"));
        assertThat(other.lessonProperty().get().title()).isEqualTo("friday");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0)).startsWith("run " + tmp.resolve("runs").toRealPath().resolve("lessons"));
    }
}
