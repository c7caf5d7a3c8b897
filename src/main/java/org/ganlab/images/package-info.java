/**
 * Pictures of the records: a sample grid as one ARGB picture (grey or colour, inverted or not, outlined repeats) and
 * the colours of D's judgement. Plain Java and pixels only (no ND4J, no JavaFX, no files), so the run files, the
 * exports, the command line and the UI draw a grid the same way.
 */
package org.ganlab.images;
