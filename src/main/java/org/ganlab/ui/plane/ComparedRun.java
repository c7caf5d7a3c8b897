package org.ganlab.ui.plane;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;

/**
 * The run the one on the screen is compared with: the failure as it was when Cure it was pressed, or a run saved on
 * disk. Its title, verdict, checks and pictures.
 *
 * @param name      what it is, on its picture and before its verdict ("Before the cure", "Saved run")
 * @param which     what B shows, in the box's text ("the failure", "the saved run")
 * @param title     the run: its preset's title (and, for a saved run, its seed and folder)
 * @param diagnosis its verdict, or null when it had not been judged yet
 * @param folder    its run folder, or null when it is not known
 */
record ComparedRun(String name, String which, String title, PlaneDiagnosis diagnosis, List<PlaneCheck> checks,
                   List<PlaneFrame> frames, Path folder) {
    ComparedRun {
        checks = List.copyOf(checks);
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(which + " has no picture to compare with");
        }
    }

    /** The failure a cure follows, as far as it had come. */
    static ComparedRun beforeTheCure(String title, PlaneDiagnosis diagnosis, List<PlaneCheck> checks,
                                     List<PlaneFrame> frames, Path folder) {
        return new ComparedRun("Before the cure", "the failure", title, diagnosis, checks, frames, folder);
    }

    /** A run saved on disk, judged on its own checks. */
    static ComparedRun saved(String title, List<PlaneCheck> checks, List<PlaneFrame> frames, Path folder) {
        return new ComparedRun("Saved run", "the saved run", title, PlaneDiagnosis.of(checks), checks, frames,
                folder);
    }

    /** Its picture at the check nearest {@code iteration} (its last when the run on the screen has gone further). */
    PlaneFrame at(int iteration) {
        PlaneFrame best = frames.get(0);
        for (PlaneFrame f : frames) {
            if (f.iteration() <= iteration) {
                best = f;
            }
        }
        return best;
    }

    /** Its last iteration. */
    int lastIteration() {
        return frames.get(frames.size() - 1).iteration();
    }

    /** The line beside the run on the screen's verdict. */
    String verdictLine() {
        String verdict = diagnosis == null ? "not judged yet" : diagnosis.verdict().label();
        return name + ": " + title + ", " + verdict;
    }
}
