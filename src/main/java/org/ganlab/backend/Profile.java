package org.ganlab.backend;

import java.util.Map;
import java.util.TreeMap;

/** Time per layer and pass, collected only with -Dganlab.profile=true (for the bench command). */
public final class Profile {
    public static final boolean ON = Boolean.getBoolean("ganlab.profile");
    private static final Map<String, long[]> TOTALS = new TreeMap<>();

    private Profile() {
    }

    public static synchronized void add(String what, long nanos) {
        long[] t = TOTALS.computeIfAbsent(what, k -> new long[2]);
        t[0] += nanos;
        t[1]++;
    }

    public static synchronized void reset() {
        TOTALS.clear();
    }

    /** One line per layer and pass: total milliseconds and calls, slowest first. */
    public static synchronized String report(int iterations) {
        StringBuilder sb = new StringBuilder();
        TOTALS.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> sb.append(String.format("%9.1f ms/iteration  %5d calls  %s%n",
                        e.getValue()[0] / 1e6 / iterations, e.getValue()[1], e.getKey())));
        return sb.toString();
    }
}
