package org.ganlab.model;

import java.util.List;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One step of a network with an explicit forward and backward pass. A layer keeps what its backward pass needs
 * from the last forward pass; the arrays it returns live in the caller's workspace. Parameters and their gradients
 * are views of the owning {@link Network}'s flat buffers, bound once by {@link #bind}.
 */
public abstract class Layer {
    /** Shapes of this layer's parameters, in the order {@link #bind} receives them. */
    public List<long[]> parameterShapes() {
        return List.of();
    }

    /** Receives views of the network's parameter and gradient buffers, one per shape of {@link #parameterShapes}. */
    public void bind(INDArray[] params, INDArray[] grads) {
    }

    /** Fills the parameters with their starting values. */
    public void initialise(WeightInitScheme scheme, double std) {
    }

    public abstract INDArray forward(INDArray x, Mode mode);

    /**
     * Sets this layer's parameter gradients for the loss whose gradient with respect to the last output is
     * {@code dy}, and returns the gradient with respect to the last input.
     */
    public abstract INDArray backward(INDArray dy);

    /** The weight array whose gradient norm is reported for the first layer, if the layer has one. */
    public INDArray weightGradient() {
        return null;
    }

    /** State that is not trained by gradients but belongs to the model (batch norm's running averages). */
    public List<INDArray> state() {
        return List.of();
    }

    public String describe() {
        return getClass().getSimpleName();
    }
}
