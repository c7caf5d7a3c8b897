/**
 * The JavaFX lab. View models hold state as properties and never touch a control ({@link
 * org.ganlab.ui.LabViewModel} joins settings, the run on screen, training and run folders); views bind to them;
 * background work goes through {@link org.ganlab.ui.BackgroundTasks}.
 */
package org.ganlab.ui;
