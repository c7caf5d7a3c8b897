package org.ganlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer that reads each example's class as well as its input: set the classes before every forward pass. */
abstract class ConditionedLayer extends Layer {
    private INDArray oneHot;

    /** The classes of the examples of the next forward pass, one-hot, shape [n, classes]. */
    final void condition(INDArray classes) {
        this.oneHot = classes;
    }

    /** The classes set for the rows of {@code x}, as {@code x}'s data type; throws unless one was set per row. */
    final INDArray classesFor(INDArray x) {
        if (oneHot == null || oneHot.size(0) != x.size(0)) {
            throw new IllegalStateException(describe() + " is conditional: it needs the class of each of the "
                    + x.size(0) + " examples, " + (oneHot == null ? "none were given" : oneHot.size(0)
                    + " were given"));
        }
        return oneHot.castTo(x.dataType());
    }
}
