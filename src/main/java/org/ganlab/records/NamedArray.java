package org.ganlab.records;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A copy of one of a network's arrays (parameters, optimiser state, batch-norm averages), detached from ND4J, as
 * a checkpoint stores it.
 *
 * @param name   what it is, for example {@code generator.adam}
 * @param shape  its shape
 * @param values its values in row-major order
 */
public record NamedArray(String name, long[] shape, float[] values) {
    public NamedArray {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        if (n != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " holds " + n
                    + " values, not " + values.length);
        }
    }

    /**
     * Checks that {@code saved} holds an array of the same shape for each of {@code mine} (a network's arrays now),
     * before anything is put back.
     *
     * @throws IllegalArgumentException naming the first array that is missing or whose shape differs
     */
    public static void requireSameShapes(List<NamedArray> mine, Map<String, NamedArray> saved) {
        for (NamedArray m : mine) {
            NamedArray s = saved.get(m.name());
            if (s == null) {
                throw new IllegalArgumentException(m.name() + " is missing");
            }
            if (!Arrays.equals(s.shape(), m.shape())) {
                throw new IllegalArgumentException(m.name() + " has shape " + s.shapeText() + " in the checkpoint but "
                        + m.shapeText() + " with these settings");
            }
        }
    }

    /** The shape in words, for messages: 1x1164289. */
    public String shapeText() {
        return String.join("x", Arrays.stream(shape).mapToObj(Long::toString).toList());
    }
}
