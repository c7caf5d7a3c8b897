/**
 * The training loop: {@link org.ganlab.train.Trainer} (its own random generator, checkpoints it can restore), the
 * losses and the latent walk.
 */
package org.ganlab.train;
