package org.ganlab.session;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;

/**
 * A run ready to train into its folder, of either kind: a new run, a continuation or a branch, on images
 * ({@link RunSession}) or on points ({@link PointsSession}). Whoever starts it (the command line, a sweep) trains,
 * watches and stops it the same way; the folder has the same layout, and is judged the same way when training ends.
 */
public interface Training {
    /** The folder trained into. */
    Path dir();

    /** What the run is to do. */
    RunPlan plan();

    /**
     * Trains to the end, or until {@code control} stops it, into the folder, then judges the run and writes its
     * diagnosis.json (unless training failed); {@code listener} hears it all too. Returns how it ended.
     */
    RunStatus train(TrainingListener listener, TrainingControl control);

    /** The diagnosis written when training ended, or null before (or when training failed). */
    Diagnosis diagnosis();

    /** What this training is, in a line: "continued after epoch 2 (epochs 2 -> 3); training to epoch 3". */
    String describe();

    /** What was found damaged in the run and left out while preparing, one line each (none for a new run). */
    default List<String> notes() {
        return List.of();
    }
}
