package org.ganlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer that reads each example's class as well as its input: set the classes before every forward pass. */
interface Conditioned {
    /** The classes of the examples of the next forward pass, one-hot, shape [n, classes]. */
    void condition(INDArray oneHot);

    /** Throws unless classes were set for exactly the rows of {@code x}. */
    static void check(INDArray oneHot, INDArray x, String layer) {
        if (oneHot == null || oneHot.size(0) != x.size(0)) {
            throw new IllegalStateException(layer + " is conditional: it needs the class of each of the " + x.size(0)
                    + " examples, " + (oneHot == null ? "none were given" : oneHot.size(0) + " were given"));
        }
    }
}
