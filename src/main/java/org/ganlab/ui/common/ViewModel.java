package org.ganlab.ui.common;

/**
 * A view model: it owns the state one view shows (as JavaFX properties, handed out read-only) and its commands, and
 * it alone in the UI does the domain's work behind them (reading and writing runs, training, measuring), in the
 * background through {@link BackgroundTasks}. Views bind to it and delegate to it; they never touch a control's data
 * source themselves. The architecture test tells view models apart by this type, not by their names.
 */
public interface ViewModel {
}
