/**
 * The application: start-up, launch arguments, themes, window placement, exit signals and the UI's resources.
 */
package org.ganlab.ui.app;
