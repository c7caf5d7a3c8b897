/**
 * The guide: each failure, its signature, what to try and its measured cures.
 */
package org.ganlab.ui.guide;
