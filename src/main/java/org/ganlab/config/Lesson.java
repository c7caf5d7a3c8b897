package org.ganlab.config;

import java.util.List;
import java.util.Map;

/**
 * A lesson a teacher prepares and hands to a class: a title and an ordered list of steps, each a preset of either
 * kind, a saved run or a gallery run, with a note for the teacher, settings the lesson fixes, and the settings the
 * students may change (the rest are locked). Read and checked by {@code org.ganlab.run.LessonFile}.
 *
 * @param format the lesson file's format ({@link #FORMAT} today): a newer one is refused by name
 * @param title  what the lesson is called
 * @param steps  its steps, in order
 */
public record Lesson(Integer format, String title, List<Step> steps) {
    /** The format this lab writes and reads. */
    public static final int FORMAT = 1;
    /** The most steps a lesson may have. */
    public static final int MAX_STEPS = 50;

    public Lesson {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * One step: exactly one of a preset's name, a saved run's folder (relative to the lesson's file) or a gallery
     * run's name.
     *
     * @param preset   a preset of either kind, trained from its first iteration
     * @param run      a saved run's folder, opened as it was saved
     * @param gallery  a gallery run's name (its preset's), opened
     * @param note     what the teacher says or shows here
     * @param settings settings the lesson fixes for a preset's step (its schema's names and values)
     * @param open     the settings students may change at this step; every other one is locked
     */
    public record Step(String preset, String run, String gallery, String note, Map<String, Object> settings,
                       List<String> open) {
        public Step {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
            open = open == null ? List.of() : List.copyOf(open);
        }
    }
}
