/**
 * Run folders on disk: writing (config.json, metrics.csv, held-out.csv, sample PNGs, checkpoints, curves.png),
 * reading them back with what is missing named, the run lock, and the gallery.
 */
package org.ganlab.run;
