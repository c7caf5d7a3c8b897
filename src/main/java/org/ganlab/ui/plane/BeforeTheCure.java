package org.ganlab.ui.plane;

import java.util.List;
import org.ganlab.diagnosis.PlaneCheck;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.records.PlaneFrame;

/**
 * The run a cure is compared with: the failure's title, verdict, checks and pictures as they were when Cure it was
 * pressed.
 *
 * @param diagnosis the failure's verdict, or null when it had not been judged yet
 */
record BeforeTheCure(String title, PlaneDiagnosis diagnosis, List<PlaneCheck> checks, List<PlaneFrame> frames) {
    BeforeTheCure {
        checks = List.copyOf(checks);
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("the failure has no picture to compare with");
        }
    }

    /** The failure's picture at the check nearest {@code iteration} (its last when the cure has gone further). */
    PlaneFrame at(int iteration) {
        PlaneFrame best = frames.get(0);
        for (PlaneFrame f : frames) {
            if (f.iteration() <= iteration) {
                best = f;
            }
        }
        return best;
    }

    /** The line beside the cure's verdict. */
    String verdictLine() {
        String verdict = diagnosis == null ? "not judged yet" : diagnosis.verdict().label();
        return "Before the cure: " + title + ", " + verdict;
    }
}
