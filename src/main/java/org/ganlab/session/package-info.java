/**
 * What the headless runner and the lab do with a run of either kind: a {@link org.ganlab.session.Training} to train
 * into its folder ({@link org.ganlab.session.RunSession} for images, {@link org.ganlab.session.PointsSession} for
 * points), continuing and branching from checkpoints, judging a run folder ({@link org.ganlab.session.RunDiagnosis}),
 * saved generators for latent walks, sweeps, and the one pair rule ({@link org.ganlab.session.PairRule}) with each
 * kind's witness and tables: {@link org.ganlab.session.CurePairs} for images, {@link org.ganlab.session.PlaneTable}
 * and {@link org.ganlab.session.PointsWitness} for points, whose records {@link org.ganlab.session.PlaneRecord}
 * reads back.
 */
package org.ganlab.session;
