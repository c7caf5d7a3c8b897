/**
 * The JavaFX lab. View models hold state as properties and never touch a control ({@link
 * org.ganlab.ui.LabViewModel} joins settings, the run on screen, training and run folders); views bind to them;
 * background work goes through {@link org.ganlab.ui.BackgroundTasks}.
 *
 * <p><b>Threading rule.</b> Controls and properties belong to the JavaFX thread. Anything that may touch ND4J or
 * oneDNN goes through {@code BackgroundTasks} to the one {@link org.ganlab.backend.NativeOwner} that
 * {@link org.ganlab.ui.GanLabApp} makes (file copies and exports alone use its small file pool); results come back
 * with {@code Platform.runLater}, and the trainer's output through {@link org.ganlab.ui.LiveRun}, drained once per
 * frame. Only {@code GanLabApp} makes threads; {@code BackgroundTasks}, {@code LiveRun} and the training control are
 * the few things that cross threads.
 */
package org.ganlab.ui;
