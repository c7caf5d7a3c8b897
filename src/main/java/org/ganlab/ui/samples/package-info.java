/**
 * The sample grid, the verdict strip, real images and the epoch player.
 */
package org.ganlab.ui.samples;
