package org.ganlab.config;

/**
 * The two kinds of data the lab trains on: images (the DCGANs on MNIST or a picture folder) and points in the plane
 * (the playground's small networks). A preset, a run and its folder are of one kind; everything but the networks and
 * their step, the measures and the picture is shared.
 */
public enum DataKind {
    IMAGES("epoch", "epochs"),
    POINTS("check", "checks");

    private final String epoch;
    private final String epochs;

    DataKind(String epoch, String epochs) {
        this.epoch = epoch;
        this.epochs = epochs;
    }

    /** What one step of a run's progress is called: an epoch of images, a check of points (every 250 iterations). */
    public String epoch() {
        return epoch;
    }

    /** The plural of {@link #epoch()}. */
    public String epochs() {
        return epochs;
    }
}
