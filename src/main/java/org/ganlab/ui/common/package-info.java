/**
 * What every feature uses: background tasks (the one way to the native owner), images, folder choosers, the one
 * export (what an Export item writes, and the file it asks for), curve colours, grid fitting, the frame watchdog,
 * themes, window placement, and {@code LabCommands} (what the guide and Cure it ask of the lab).
 */
package org.ganlab.ui.common;
