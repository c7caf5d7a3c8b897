package org.ganlab.model;

import java.util.List;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A layer with one weight array and one bias, initialised from the weights' fan-in and fan-out. */
abstract class WeightedLayer extends Layer {
    private final long[] weightShape;
    private final long[] biasShape;
    private final double fanIn;
    private final double fanOut;
    protected INDArray w;
    protected INDArray b;
    protected INDArray dw;
    protected INDArray db;

    WeightedLayer(long[] weightShape, long[] biasShape, double fanIn, double fanOut) {
        this.weightShape = weightShape;
        this.biasShape = biasShape;
        this.fanIn = fanIn;
        this.fanOut = fanOut;
    }

    @Override
    public final List<long[]> parameterShapes() {
        return List.of(weightShape, biasShape);
    }

    @Override
    public final void bind(INDArray[] params, INDArray[] grads) {
        w = params[0];
        b = params[1];
        dw = grads[0];
        db = grads[1];
    }

    @Override
    public final void initialise(WeightInitScheme scheme, double std) {
        WeightInits.fill(w, scheme, std, fanIn, fanOut);
        b.assign(0);
    }

    @Override
    public final INDArray weightGradient() {
        return dw;
    }
}
