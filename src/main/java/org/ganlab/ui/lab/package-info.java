/**
 * The lab window: its view (lab.fxml) and the view model that joins settings, training, the shown run and run
 * folders.
 */
package org.ganlab.ui.lab;
