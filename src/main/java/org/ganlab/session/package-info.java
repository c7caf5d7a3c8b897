/**
 * What both the headless runner and the lab do with a run: {@link org.ganlab.session.RunSession} (load, train,
 * write, diagnose), continuing and branching from checkpoints, saved generators for latent walks, and sweeps.
 */
package org.ganlab.session;
