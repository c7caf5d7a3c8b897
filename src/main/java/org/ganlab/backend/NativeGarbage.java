package org.ganlab.backend;

import org.bytedeco.javacpp.Pointer;

/**
 * ND4J frees an array's native memory only when the garbage collector collects the Java object that holds it, and a
 * large heap is collected rarely: the playground's runs, which make many small arrays outside the workspaces (each
 * operation's own), grew the process by about 550 MB a 3,000-iteration run until the heap filled. JavaCPP's own guard
 * ({@code maxphysicalbytes}) is set high for the image runs, which need many gigabytes. So a loop that makes such
 * garbage asks here now and then ({@link #collectIfGrown}): once the resident memory has grown {@link #ALLOWANCE}
 * beyond where it settled after the last collection, the collector runs.
 */
public final class NativeGarbage {
    /** Growth of the resident memory allowed between two collections. */
    public static final long ALLOWANCE = 512L << 20;

    /** Where the resident memory settled after the last collection, or -1 until it is measured. */
    private static long floor = -1;

    private NativeGarbage() {
    }

    /**
     * Collects the garbage now: what earlier runs left (their networks' and data's buffers) before a new one starts.
     * Without it a lesson of many short image runs grew the process by 10-15 MB a run (measured in LabSoakTest);
     * with it, it stays flat.
     */
    public static synchronized void collectNow() {
        System.gc();
        floor = -1;
    }

    /**
     * Collects the garbage once the resident memory has grown {@link #ALLOWANCE} since the last collection settled
     * (its native memory is freed by JavaCPP's thread after it, so where it settled is read at the next call).
     * Returns true when it collected. Cheap otherwise: one read of the process's memory.
     */
    public static synchronized boolean collectIfGrown() {
        long now = Pointer.physicalBytes();
        if (floor < 0) {
            floor = now;
            return false;
        }
        if (now - floor <= ALLOWANCE) {
            return false;
        }
        System.gc();
        floor = -1;
        return true;
    }
}
