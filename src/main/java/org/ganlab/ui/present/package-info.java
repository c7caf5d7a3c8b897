/**
 * The presentation view: the grid, verdict and curves large, for a projector.
 */
package org.ganlab.ui.present;
