/**
 * Small dense networks on plain Java arrays, for the playground: {@link org.ganlab.mlp.Mlp} (dense layers with
 * LeakyReLU between them, optionally spectrally normalised), its exact backward pass and the exact gradient of a
 * penalty on its input gradient (forward over reverse), and {@link org.ganlab.mlp.Adam}. Every buffer is allocated
 * once and reused, so an update of a network of a few thousand weights costs its arithmetic, not the fixed cost of
 * a native call per array operation. Nothing here draws random numbers: the caller brings the initial weights and
 * the data.
 */
package org.ganlab.mlp;
