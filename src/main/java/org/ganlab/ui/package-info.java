/**
 * The JavaFX lab, one package per feature: {@code app} (application, launcher),
 * {@code common} (background tasks, images, folders, colours, grid fitting, themes, window placement), {@code lab} (the main window and the
 * view model that joins the rest), {@code settings}, {@code training} (the live run), {@code run} (the run on
 * screen, run folders, diagnosis), {@code samples}, {@code curves}, {@code compare} (with "Cure it"),
 * {@code sweep}, {@code walk}, {@code guide}, {@code present} and {@code plane} (the 2-D playground). View models hold state as properties and never
 * touch a control ({@link org.ganlab.ui.lab.LabViewModel} joins settings, the run on screen, training and run
 * folders); views bind to them, and the feature packages form no cycle (an ArchUnit rule); background work goes through {@link org.ganlab.ui.common.BackgroundTasks}.
 *
 * <p><b>Threading rule.</b> Controls and properties belong to the JavaFX thread. Anything that may touch ND4J or
 * oneDNN goes through {@code BackgroundTasks} to the one {@link org.ganlab.backend.NativeOwner} that
 * {@link org.ganlab.ui.app.GanLabApp} makes (file copies and exports alone use its small file pool); results come
 * back with {@code Platform.runLater}, and the trainer's output through {@link org.ganlab.ui.training.LiveRun},
 * drained once per frame. Only {@code GanLabApp} makes threads; {@code BackgroundTasks}, {@code LiveRun} and the
 * training control are the few things that cross threads.
 */
package org.ganlab.ui;
