/**
 * Run folders on disk, one layout for both kinds of data: writing as a run trains (config.json, metrics.csv,
 * checkpoints, and the kind's own files: grids, held-out.csv and curves.png for images, checks.csv and pictures for
 * points), reading them back with what is missing named, every file checked before it is read
 * ({@link org.ganlab.run.ReadLimits}), the run lock, the runs folder, and the gallery.
 */
package org.ganlab.run;
