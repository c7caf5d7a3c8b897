/**
 * The records every layer shares (an iteration's metrics, a sample grid, a check of points and its picture, an
 * epoch's snapshot, a run's plan and status, a checkpoint's arrays, the catalogue of curves) and the listener and
 * control a training run of either kind talks through. Plain Java: no ND4J, no JavaFX, no files.
 */
package org.ganlab.records;
