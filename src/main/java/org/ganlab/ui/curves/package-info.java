/**
 * The learning curves and quality charts: decimation, smoothing and a shared iteration axis.
 */
package org.ganlab.ui.curves;
