package org.ganlab.ui.common;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.ganlab.backend.NativeOwner;

/**
 * Runs work off the JavaFX thread and hands its result, or its failure, back to the screen's thread: the one place
 * for "work in the background, then update the screen". Work goes one of two ways:
 * <ul>
 *   <li><b>native work</b> ({@link #run}, {@link #latest}, {@link #start}): everything that may touch ND4J or oneDNN
 *       goes to the lab's {@link NativeOwner}: training as long work, the rest as requests served between training
 *       iterations; {@link #latest} shows only the newest result of its kind (a newer latent walk replaces an older
 *       one, pending or finished late);</li>
 *   <li><b>file work</b> ({@link #files}): copying and exporting, which touch no native arrays, on a pool of their
 *       own so that they never wait for training.</li>
 * </ul>
 * The synchronous form runs everything at once on the caller's thread, so view models can be tested with plain JUnit.
 */
public final class BackgroundTasks {
    /** Work that returns a result or fails. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Where native work runs: a {@link NativeOwner} in the lab, an executor in some tests. */
    public interface NativeLane {
        /** Long work (training). */
        void execute(Runnable work);

        /** A request, latest-wins by {@code key} when the key is not null. */
        <T> CompletableFuture<T> request(String key, Callable<T> work);

        /** Native work on the given owner. */
        static NativeLane of(NativeOwner owner) {
            return new NativeLane() {
                @Override
                public void execute(Runnable work) {
                    owner.execute(work);
                }

                @Override
                public <T> CompletableFuture<T> request(String key, Callable<T> work) {
                    return owner.request(key, work);
                }
            };
        }

        /** Native work on a plain executor (tests that train on threads of their own). */
        static NativeLane of(Executor executor) {
            return new NativeLane() {
                @Override
                public void execute(Runnable work) {
                    executor.execute(work);
                }

                @Override
                public <T> CompletableFuture<T> request(String key, Callable<T> work) {
                    return on(executor, work);
                }
            };
        }
    }

    /** Runs something on the screen's thread once the screen has drawn, without blocking that thread. */
    @FunctionalInterface
    public interface Frames {
        /** {@code then}, after the screen's next {@code count} frames have begun (the one before them drawn). */
        void after(int count, Runnable then);

        /** After the JavaFX pulses: each pulse lays out and draws a frame. */
        static Frames javaFx() {
            return (count, then) -> new AnimationTimer() {
                private int seen;

                @Override
                public void handle(long now) {
                    if (++seen >= count) {
                        stop();
                        then.run();
                    }
                }
            }.start();
        }
    }

    private final NativeLane natives;
    private final Executor files;
    private final Executor screen;
    private final Frames frames;
    /** The newest request of each latest-wins kind: an older one's result is dropped. */
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    public BackgroundTasks(NativeLane natives, Executor files, Executor screen, Frames frames) {
        this.natives = natives;
        this.files = files;
        this.screen = screen;
        this.frames = frames;
    }

    /** Native and file work on one executor (tests). */
    public BackgroundTasks(Executor background, Executor screen, Frames frames) {
        this(NativeLane.of(background), background, screen, frames);
    }

    /** Native work on the lab's owner, file work on {@code files}, results on the JavaFX application thread. */
    public static BackgroundTasks javaFx(NativeOwner owner, Executor files) {
        return new BackgroundTasks(NativeLane.of(owner), files, Platform::runLater, Frames.javaFx());
    }

    /** Everything at once on the calling thread (tests); there are no frames to wait for. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, Runnable::run, (count, then) -> then.run());
    }

    /** Native work in the background; {@code onResult} or {@code onFailure} then runs on the screen's thread. */
    public <T> void run(Work<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        deliver(natives.request(null, work::call), () -> true, onResult, onFailure);
    }

    /**
     * Native work of a latest-wins kind: a newer request with the same {@code key} cancels this one if it has not
     * started, and drops its result if it has; only the newest request's result or failure reaches the screen.
     */
    public <T> void latest(String key, Work<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        long mine = requests.incrementAndGet();
        newest.put(key, mine);
        deliver(natives.request(key, work::call), () -> newest.get(key) == mine, onResult, onFailure);
    }

    /** File work that touches no native arrays (copies, exports), beside training rather than between its steps. */
    public <T> void files(Work<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        deliver(on(files, work::call), () -> true, onResult, onFailure);
    }

    /** {@code work} on {@code executor}, its result or failure in the future returned. */
    private static <T> CompletableFuture<T> on(Executor executor, Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private <T> void deliver(CompletableFuture<T> f, BooleanSupplier current, Consumer<T> onResult,
                             Consumer<Exception> onFailure) {
        f.whenComplete((result, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CancellationException || cause instanceof RejectedExecutionException) {
                return; // replaced by a newer request, or the lab is closing
            }
            screen.execute(() -> {
                if (!current.getAsBoolean()) {
                    return;
                }
                if (cause == null) {
                    onResult.accept(result);
                } else if (cause instanceof Exception e) {
                    onFailure.accept(e);
                } else {
                    onFailure.accept(new RuntimeException(cause.toString(), cause));
                }
            });
        });
    }

    /** Long native work that reports by itself (training): started in the background, nothing handed back. */
    public void start(Runnable work) {
        natives.execute(work);
    }

    /**
     * Starts long work once the screen has drawn its next frame (called on the screen's thread): a window that
     * re-lays itself out for a run draws that frame before the work takes both cores.
     */
    public void startAfterNextFrame(Runnable work) {
        frames.after(2, () -> natives.execute(work));
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
