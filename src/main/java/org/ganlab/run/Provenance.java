package org.ganlab.run;

import java.util.Map;

/**
 * One step in a run's history beyond its first training: a continuation or a branch.
 *
 * @param kind    "continue" (more epochs appended to this run) or "branch" (a new run from another's checkpoint)
 * @param parent  the folder of the run the checkpoint came from
 * @param epoch   the checkpoint's epoch: training went on after it
 * @param changed each setting that changed, as "old -> new"
 * @param at      when, ISO-8601
 */
public record Provenance(String kind, String parent, int epoch, Map<String, String> changed, String at) {
    public static final String CONTINUE = "continue";
    public static final String BRANCH = "branch";

    /** In words, for a title or a status line: "branch of runs/stable at epoch 3 (genLearningRate 2.0E-4 -> 0.001)". */
    public String describe() {
        String what = kind.equals(BRANCH) ? "branch of " + parent + " at epoch " + epoch
                : "continued after epoch " + epoch;
        return changed.isEmpty() ? what : what + " (" + String.join(", ", changed.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).toList()) + ")";
    }
}
