/**
 * Measures of sample quality: the digit classifier and the published measures it gives on digits (modes, KL, score,
 * Frechet distance, precision and recall), nearest neighbours, and the coverage of G's points in the plane.
 */
package org.ganlab.quality;
