/**
 * Training: {@link org.ganlab.train.Trainer} (the image GAN's loop, its own random generator, checkpoints it can
 * restore) and {@link org.ganlab.train.PlaneGan} (the playground's networks and step), the losses, the remedies'
 * penalties and the latent walk.
 */
package org.ganlab.train;
