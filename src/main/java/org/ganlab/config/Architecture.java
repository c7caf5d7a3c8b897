package org.ganlab.config;

/** Which pair of networks a run trains. */
public enum Architecture {
    /** The reference experiment's small DCGAN for 28x28 digits (two stride-2 layers per model). */
    REFERENCE,
    /**
     * A DCGAN in the style of Radford et al. for 32x32 or 64x64 pictures: four stride-2 layers per model (three at
     * 32x32), batch norm, ReLU in G and LeakyReLU in D, tanh output, normal(0, 0.02) initialisation.
     */
    DCGAN
}
