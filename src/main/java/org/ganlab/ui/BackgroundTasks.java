package org.ganlab.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work off the JavaFX thread and hands its result, or its failure, back to the screen's thread: the one place
 * for "work in the background, then update the screen". The JavaFX form uses a background executor and
 * {@link Platform#runLater}; the synchronous form runs everything at once on the caller's thread, so view models
 * can be tested with plain JUnit.
 */
public final class BackgroundTasks {
    /** Work that returns a result or fails. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Runs something on the screen's thread after a pause, without blocking that thread. */
    @FunctionalInterface
    public interface Delay {
        void after(long millis, Runnable then);
    }

    private final Executor background;
    private final Executor screen;
    private final Delay delay;

    public BackgroundTasks(Executor background, Executor screen, Delay delay) {
        this.background = background;
        this.screen = screen;
        this.delay = delay;
    }

    /** Work on the given executor, results on the JavaFX application thread. */
    public static BackgroundTasks javaFx(Executor background) {
        return new BackgroundTasks(background, Platform::runLater, (millis, then) -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(millis));
            pause.setOnFinished(e -> then.run());
            pause.play();
        });
    }

    /** Everything at once on the calling thread (tests); pauses are skipped. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, Runnable::run, (millis, then) -> then.run());
    }

    /** Runs {@code work} in the background; {@code onResult} or {@code onFailure} then runs on the screen's thread. */
    public <T> void run(Work<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                screen.execute(() -> onFailure.accept(e));
                return;
            }
            screen.execute(() -> onResult.accept(result));
        });
    }

    /** Long work that reports by itself (training): started in the background, nothing handed back. */
    public void start(Runnable work) {
        background.execute(work);
    }

    /**
     * Starts long work after the screen has had {@code millis} to draw (called on the screen's thread): a window
     * that re-lays itself out draws that frame before the work takes both cores.
     */
    public void startAfter(long millis, Runnable work) {
        delay.after(millis, () -> background.execute(work));
    }

    /** Runs a screen update on the screen's thread (from background work that reports as it goes). */
    public void onScreen(Runnable update) {
        screen.execute(update);
    }

    /** A failure in words for the user: its message, or its kind when it has none. */
    public static String describe(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
