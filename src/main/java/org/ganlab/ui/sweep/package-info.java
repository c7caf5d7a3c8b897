/**
 * Sweep tables: presets over seeds, their verdicts and grids.
 */
package org.ganlab.ui.sweep;
