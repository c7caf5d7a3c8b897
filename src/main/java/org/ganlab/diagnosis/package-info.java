/**
 * Reading a run: the verdicts of a run on images (per epoch and whole, from the losses, D's accuracies and the grids'
 * diversity and realism) and of a run on points (from its checks), with the evidence in words. Pure functions of
 * records: nothing here reads or writes a file.
 */
package org.ganlab.diagnosis;
