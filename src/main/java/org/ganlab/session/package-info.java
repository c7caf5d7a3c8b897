/**
 * What the headless runner and the lab do with a run of either kind: a {@link org.ganlab.session.Training} to train
 * into its folder ({@link org.ganlab.session.RunSession} for images, {@link org.ganlab.session.PointsSession} for
 * points), continuing and branching from checkpoints, judging a run folder ({@link org.ganlab.session.RunDiagnosis}),
 * saved generators for latent walks, sweeps and the pair rule's tables.
 */
package org.ganlab.session;
