/**
 * The application: start-up, launch arguments, remembering the window, exit signals and the UI's resources.
 */
package org.ganlab.ui.app;
