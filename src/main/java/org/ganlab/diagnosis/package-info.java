/**
 * Reading a run: per-epoch and whole-run verdicts from the losses, D's accuracies and the grids' diversity and
 * realism, with the evidence in words. Pure functions of a record.
 */
package org.ganlab.diagnosis;
