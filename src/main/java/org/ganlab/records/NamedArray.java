package org.ganlab.records;

import java.util.Arrays;

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

    /** The shape in words, for messages: 1x1164289. */
    public String shapeText() {
        return String.join("x", Arrays.stream(shape).mapToObj(Long::toString).toList());
    }
}
