package org.ganlab.backend;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that does a process's ND4J and oneDNN work. Two kinds of work reach it:
 * <ul>
 *   <li><b>long work</b> ({@link #execute}: a training run), queued in order and run when the thread is free;</li>
 *   <li><b>requests</b> ({@link #request}: a latent walk, a diagnosis, the classifier on an opened run), which run
 *       before any queued long work and, while long work runs, one at a time at its safe points ({@link #safePoint},
 *       which the trainer calls between iterations, and every few milliseconds while paused). A request with a key
 *       replaces a pending request with the same key (latest wins): a newer latent walk cancels an older one that has
 *       not started.</li>
 * </ul>
 * {@link #close} refuses new work, cancels pending requests, waits (bounded) for the running work to return, closes
 * oneDNN's objects on this thread ({@link OneDnn#close}) and ends the thread: after it returns, no native call of
 * this owner is in flight, so the process can exit without freeing code that a native thread still runs.
 */
public final class NativeOwner implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NativeOwner.class);
    /** The threads of the owners that are open: while any is, oneDNN runs only on them ({@link #mayRunNative}). */
    private static final Set<Thread> OWNERS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<NativeOwner> CURRENT = new ThreadLocal<>();

    private final Thread thread;
    private final Deque<Task<?>> requests = new ArrayDeque<>();
    private final Deque<Task<?>> longWork = new ArrayDeque<>();
    private boolean closing;
    private boolean ended;
    /** When the last request served at a safe point ended, and how long it took (nanoseconds). */
    private long lastRequestEnd;
    private long lastRequestNanos;

    private static final class Task<T> {
        final String key;
        final Callable<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Task(String key, Callable<T> work) {
            this.key = key;
            this.work = work;
        }

        void run() {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        }
    }

    private NativeOwner(String name) {
        thread = new Thread(this::loop, name);
        // a daemon, so that a forgotten owner never keeps a JVM alive; exits wait for it through close()
        thread.setDaemon(true);
    }

    /** Starts an owner whose thread has the given name. */
    public static NativeOwner start(String name) {
        NativeOwner owner = new NativeOwner(name);
        OWNERS.add(owner.thread);
        owner.thread.start();
        return owner;
    }

    /** Long work (a training run): queued behind earlier long work. */
    @Override
    public void execute(Runnable work) {
        submit(() -> {
            work.run();
            return null;
        }).whenComplete((r, e) -> {
            if (e != null && !(e instanceof CancellationException)) {
                LOG.warn("native work failed: {}", e.toString());
            }
        });
    }

    /** Long work with a result. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        return enqueue(longWork, new Task<>(null, work));
    }

    /**
     * A short request from the screen: it runs before queued long work, or at the running work's next safe point.
     * A non-null {@code key} makes it latest-wins: a pending request with the same key is cancelled.
     */
    public <T> CompletableFuture<T> request(String key, Callable<T> work) {
        return enqueue(requests, new Task<>(key, work));
    }

    private synchronized <T> CompletableFuture<T> enqueue(Deque<Task<?>> queue, Task<T> task) {
        if (closing) {
            task.result.completeExceptionally(new RejectedExecutionException("the lab is closing"));
            return task.result;
        }
        if (task.key != null) {
            for (Iterator<Task<?>> it = requests.iterator(); it.hasNext(); ) {
                Task<?> older = it.next();
                if (task.key.equals(older.key)) {
                    it.remove();
                    older.result.cancel(false);
                }
            }
        }
        queue.addLast(task);
        notifyAll();
        return task.result;
    }

    private void loop() {
        CURRENT.set(this);
        try {
            while (true) {
                Task<?> next;
                synchronized (this) {
                    while (requests.isEmpty() && longWork.isEmpty() && !closing) {
                        wait();
                    }
                    next = !requests.isEmpty() ? requests.pollFirst() : longWork.pollFirst();
                    if (next == null) { // closing, nothing left
                        break;
                    }
                }
                next.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            OneDnn.close();
            OWNERS.remove(thread);
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /**
     * While long work runs, requests take at most one part in {@code REQUEST_PACE + 1} of the owner's time: after a
     * request that took t, the next waits until training has had {@code REQUEST_PACE * t}. A screen that asks without
     * pause (a walk per spinner step, held down) slows training by a quarter at most, never by half.
     */
    static final int REQUEST_PACE = 3;

    /**
     * Called by long work between its steps (the trainer, between iterations): on an owner's thread, runs at most one
     * pending request (paced, see {@link #REQUEST_PACE}), so that requests are served while training goes on at
     * nearly its full speed. Elsewhere it does nothing.
     */
    public static void safePoint() {
        NativeOwner owner = CURRENT.get();
        if (owner != null) {
            owner.serveOneRequest();
        }
    }

    private void serveOneRequest() {
        long now = System.nanoTime();
        Task<?> next;
        synchronized (this) {
            if (requests.isEmpty() || now - lastRequestEnd < REQUEST_PACE * lastRequestNanos) {
                return;
            }
            next = requests.pollFirst();
        }
        next.run();
        lastRequestEnd = System.nanoTime();
        lastRequestNanos = lastRequestEnd - now;
    }

    /** True on an owner's thread, or anywhere while no owner is open (tests, the benchmark). */
    public static boolean mayRunNative() {
        return OWNERS.isEmpty() || OWNERS.contains(Thread.currentThread());
    }

    /**
     * Refuses new work, cancels pending requests and queued long work, and waits at most {@code wait} for the running
     * work to return (ask it to stop first) and for oneDNN's objects to be closed. Returns true when the thread ended
     * in time. Safe to call more than once and from any thread but the owner's own.
     */
    public boolean close(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            if (!closing) {
                closing = true;
                requests.forEach(t -> t.result.cancel(false));
                longWork.forEach(t -> t.result.cancel(false));
                requests.clear();
                longWork.clear();
                notifyAll();
            }
            try {
                while (!ended) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.warn("native work did not return within {} ms", wait.toMillis());
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Closes with a wait of ten seconds. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
