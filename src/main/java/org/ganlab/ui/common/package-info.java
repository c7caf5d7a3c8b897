/**
 * What every feature uses: background tasks (the one way to the native owner), images, folder choosers, curve
 * colours, grid fitting and the frame watchdog.
 */
package org.ganlab.ui.common;
