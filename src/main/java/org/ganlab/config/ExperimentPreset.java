package org.ganlab.config;

/**
 * A preset of either kind of data, as the one catalogue ({@link Catalogue}) lists it: a named setting built to show one
 * verdict, with the failure it cures when it is a remedy. Its file states its kind.
 */
public sealed interface ExperimentPreset permits Preset, PlanePreset {
    /** The file's name, and the name every command takes. */
    String name();

    /** Images or points. */
    DataKind kind();

    /** A short title for menus. */
    String title();

    /** One line: what the preset shows. */
    String description();

    /** The verdict's label the preset is built to show on every seed. */
    String expect();

    /** For a remedy, the failure preset it cures (of its own kind); else null. */
    String cures();

    /**
     * The description's first sentence, shortened at a word to at most {@code limit} characters (before an aside in
     * parentheses it would cut, ending in "…"): what a narrow screen shows of it, the whole in a tooltip.
     */
    default String summary(int limit) {
        String all = description() == null ? "" : description().strip();
        String first = all.split("(?<=[.!?])\\s+(?=[A-Z(])", 2)[0];
        if (first.length() <= limit) {
            return first;
        }
        String kept = first.substring(0, Math.max(1, first.lastIndexOf(' ', limit - 1)));
        if (kept.chars().filter(c -> c == '(').count() > kept.chars().filter(c -> c == ')').count()) {
            kept = kept.substring(0, Math.max(1, kept.lastIndexOf(" ("))); // not within an aside
        }
        return kept.replaceAll("[,;:]+$", "") + "\u2026";
    }
}
