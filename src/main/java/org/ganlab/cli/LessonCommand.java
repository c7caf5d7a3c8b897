package org.ganlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.config.Lesson;
import org.ganlab.run.LessonFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a lesson's file and lists its steps, or says by name what is wrong with it. */
@Command(name = "lesson", description = "Check a lesson file and list its steps: each a preset, a saved run or a "
        + "gallery run, with the teacher's note and what students may change.")
final class LessonCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A lesson file (JSON), e.g. resources/lessons/why-gans-fail.json.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lesson lesson;
        try {
            lesson = LessonFile.read(file);
        } catch (LessonFile.LessonException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(lesson.title() + " (" + lesson.steps().size() + " steps)");
        for (int i = 0; i < lesson.steps().size(); i++) {
            Lesson.Step s = lesson.steps().get(i);
            String what = s.preset() != null ? "preset " + s.preset() : s.gallery() != null ? "gallery run "
                    + s.gallery() : "saved run " + s.run();
            out.printf("%d. %s%s%s%n   %s%n", i + 1, what, s.settings().isEmpty() ? "" : ", fixing " + s.settings(),
                    s.open().isEmpty() ? "" : "; students may change " + String.join(", ", s.open()),
                    s.note() == null ? "" : s.note());
        }
        return 0;
    }
}
