package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ganlab.config.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson with its saved runs as one archive: it opens on another machine, and a hostile one leaves nothing. */
class LessonArchiveTest {
    @TempDir
    Path tmp;

    private Path lessonWithASavedRun() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("teacher/runs/mine"));
        Files.copy(Gallery.folder().resolve("stable").resolve("config.json"), mine.resolve("config.json"));
        Files.writeString(mine.resolve("metrics.csv"), "iteration\n1\n");
        Path file = tmp.resolve("teacher/monday.json");
        Files.writeString(file, """
                {"format": 1, "title": "Monday", "steps": [{"gallery": "stable", "note": "The yardstick."},
                  {"run": "runs/mine", "note": "Ours."}]}""");
        return file;
    }

    @Test
    void aLessonAndItsSavedRunsTravelAsOneArchive() throws Exception {
        Path archive = tmp.resolve("out/monday.zip");
        LessonArchive.export(lessonWithASavedRun(), archive);
        Path elsewhere = tmp.resolve("student-runs");
        Path file = LessonArchive.unpack(archive, elsewhere);
        assertThat(file.startsWith(elsewhere.toRealPath())).as("inside the runs folder").isTrue();
        Lesson read = LessonFile.read(file);
        assertThat(read.title()).isEqualTo("Monday");
        assertThat(read.steps().get(0).gallery()).isEqualTo("stable");
        Path run = file.getParent().resolve(read.steps().get(1).run());
        assertThat(run.resolve("metrics.csv")).hasContent("iteration\n1");
        assertThat(LessonArchive.unpack(archive, elsewhere)).as("a second copy beside the first")
                .isNotEqualTo(file);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path archive = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }

    private long filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anEntryOutsideTheLessonsFolderIsRefusedByNameAndNothingIsLeft() throws Exception {
        Path archive = zip("evil.zip", "lesson.json", "{}", "../../escaped.txt", "x");
        Path runs = tmp.resolve("runs");
        assertThatThrownBy(() -> LessonArchive.unpack(archive, runs)).hasMessageContaining("evil.zip")
                .hasMessageContaining("../../escaped.txt").hasMessageContaining("outside");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();
        assertThat(filesUnder(runs)).isZero();
    }

    @Test
    void anArchiveTooLargeOrNotALessonIsRefusedAndNothingIsLeft() throws Exception {
        Path runs = tmp.resolve("runs");
        Path big = zip("big.zip", "lesson.json", "{}", "runs/a/blob", "x".repeat(5000));
        assertThatThrownBy(() -> LessonArchive.unpack(big, runs, 1000, 10)).hasMessageContaining("big.zip")
                .hasMessageContaining("more than");
        Path many = zip("many.zip", "a", "1", "b", "2", "c", "3");
        assertThatThrownBy(() -> LessonArchive.unpack(many, runs, 1000, 2)).hasMessageContaining("entries");
        Path none = zip("none.zip", "readme.txt", "hello");
        assertThatThrownBy(() -> LessonArchive.unpack(none, runs)).hasMessageContaining("not a lesson's archive");
        Path broken = zip("broken.zip", "lesson.json", "{\"format\": 9, \"title\": \"x\", \"steps\": []}");
        assertThatThrownBy(() -> LessonArchive.unpack(broken, runs)).hasMessageContaining("newer version");
        assertThat(filesUnder(runs)).isZero();
    }
}
