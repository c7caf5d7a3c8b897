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
    /** Spectral normalisation of the weights, or null when they are used as they are. */
    private SpectralNorm spectral;

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

    /** From now on the layer computes with its weights divided by their largest singular value. */
    public final void normaliseSpectrally() {
        spectral = new SpectralNorm(weightShape);
    }

    /** The weights this forward pass computes with: the parameters, or their spectrally normalised copy. */
    protected final INDArray weights(Mode mode) {
        return spectral == null ? w : spectral.normalise(w, mode);
    }

    /** The weights of the last forward pass, for the backward pass. */
    protected final INDArray lastWeights() {
        return spectral == null ? w : spectral.normalised();
    }

    /** After the backward pass wrote the gradient with respect to {@link #lastWeights()} into dw: with respect to w. */
    protected final void finishWeightGradient() {
        if (spectral != null) {
            spectral.backward(dw);
        }
    }

    /** The spectral norm's largest singular value of the last forward pass, or NaN when the layer has none. */
    public final double spectralSigma() {
        return spectral == null ? Double.NaN : spectral.sigma();
    }

    @Override
    public List<INDArray> state() {
        return spectral == null ? List.of() : List.of(spectral.u());
    }
}
