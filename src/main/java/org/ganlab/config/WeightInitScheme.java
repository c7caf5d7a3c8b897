package org.ganlab.config;

/** How weights are drawn at the start of a run. */
public enum WeightInitScheme {
    /** Normal distribution with mean 0 and the configured standard deviation (the reference uses 0.02). */
    NORMAL,
    /** Glorot/Xavier uniform, Keras' default; a known way to break this GAN. */
    XAVIER
}
