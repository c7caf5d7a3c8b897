package org.ganlab.diagnosis;

import java.util.Arrays;
import java.util.Optional;

/** What a run, or one epoch of it, looks like. */
public enum Verdict {
    STABLE("Stable", "D and G keep each other in check: losses in a band, samples varied."),
    MODE_COLLAPSE("Mode collapse", "G makes a few images over and over; D keeps catching them."),
    CONVERGENCE_FAILURE("Convergence failure", "D wins: its losses fall to or near zero and G gets no useful signal."),
    BLIND_DISCRIMINATOR("Blind discriminator", "D cannot tell G's images from real ones although they look wrong, so "
            + "G gets no useful signal: too little capacity, or kernels that miss what matters."),
    MEMORISING("D memorises the data", "D calls its few training images real and unseen real images fake: it learnt "
            + "them by heart instead of what the images have in common."),
    OSCILLATION("Oscillation", "G hops from mode to mode: D catches the modes G is on, G moves to others, and no "
            + "set of modes lasts."),
    DIVERGED("Diverged", "A loss became NaN or infinite: the numbers blew up."),
    TOO_EARLY("Too early to tell", "Not enough iterations yet to judge.");

    private final String label;
    private final String meaning;

    Verdict(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The verdict a record or a preset names by its label ("Mode collapse"), if any is. */
    public static Optional<Verdict> ofLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }
}
