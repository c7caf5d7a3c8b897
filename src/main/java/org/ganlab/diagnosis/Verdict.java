package org.ganlab.diagnosis;

import java.util.Arrays;
import java.util.Optional;

/** What a run, or one epoch of it, looks like. */
public enum Verdict {
    STABLE("Stable", "D and G keep each other in check: losses in a band, samples varied.",
            "the two-player game of Goodfellow et al. 2014, in the DCGAN setting of Radford et al. 2016"),
    MODE_COLLAPSE("Mode collapse", "G makes a few images over and over; D keeps catching them.",
            "Goodfellow 2016 (the NIPS tutorial, 'the Helvetica scenario'); Salimans et al. 2016"),
    CONVERGENCE_FAILURE("Convergence failure", "D wins: its losses fall to or near zero and G gets no useful signal.",
            "Goodfellow et al. 2014, section 3 (G's gradient vanishes early on); Arjovsky and Bottou 2017"),
    BLIND_DISCRIMINATOR("Blind discriminator", "D cannot tell G's images from real ones although they look wrong, so "
            + "G gets no useful signal: too little capacity, or kernels that miss what matters.",
            "Arora et al. 2017 (what D cannot tell apart, G need not learn)"),
    MEMORISING("D memorises the data", "D calls its few training images real and unseen real images fake: it learnt "
            + "them by heart instead of what the images have in common.",
            "Karras et al. 2020 (training GANs with limited data: D overfits)"),
    OSCILLATION("Oscillation", "G hops from mode to mode: D catches the modes G is on, G moves to others, and no "
            + "set of modes lasts.", "Metz et al. 2017 (G rotating through a mixture's modes); Mescheder et al. 2018"),
    DIVERGED("Diverged", "A loss became NaN or infinite: the numbers blew up.",
            "the lab's own check: a loss that is not a finite number ends the run"),
    TOO_EARLY("Too early to tell", "Not enough iterations yet to judge.",
            "the lab's own rule: the verdicts need a few epochs or checks of evidence");

    private final String label;
    private final String meaning;
    private final String source;

    Verdict(String label, String meaning, String source) {
        this.label = label;
        this.meaning = meaning;
        this.source = source;
    }

    /** Where the failure is described in the literature (or the lab's own rule, for the verdicts that are not one). */
    public String source() {
        return source;
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
