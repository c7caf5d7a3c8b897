package org.ganlab.mlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.records.NamedArray;

/**
 * A dense network on plain arrays: {@code widths.length - 1} layers y = x W + b, LeakyReLU between them, a linear
 * output, optionally each weight matrix spectrally normalised ({@link SpectralScale}). Parameters, gradients and
 * Adam's state are each one flat array laid out as the image models' {@code Network} lays out a stack of Dense layers
 * (per layer W [in, out] row-major, then b), under the same names, so checkpoints of either layout read alike.
 *
 * <p>A pass keeps what its backward pass needs in buffers reused from pass to pass: {@link #forward}, then
 * {@link #backward}; for a penalty on the input gradient, {@link #addAlongInputs} after a backward pass from ones.
 * Gradients are with respect to the weights the passes compute with; {@link #step} turns them into gradients of the
 * parameters (through the spectral normalisation) and takes Adam's step.
 */
public final class Mlp {
    private final String name;
    final int[] widths;
    final int layers;
    final float slope;
    final float[] params;
    private final float[] grads;
    final int[] wOff;
    final int[] bOff;
    final SpectralScale[] spectral;
    final float[][] transposed;
    final Adam adam;
    private int updates;
    int rows;
    private int capacity;
    /** acts[0] the input, acts[l] layer l's output (after its activation). */
    float[][] acts;
    /** deltas[l] the gradient with respect to layer l's pre-activation; deltas[0] with respect to the input. */
    float[][] deltas;
    private float[][] tangents;

    /**
     * @param widths   the input's width, each hidden layer's, the output's
     * @param slope    LeakyReLU's slope below zero
     * @param spectral whether every weight matrix is divided by its largest singular value
     */
    public Mlp(String name, int[] widths, double slope, boolean spectral, double learningRate, double beta1,
               double beta2, double epsilon) {
        this.name = name;
        this.widths = widths.clone();
        this.layers = widths.length - 1;
        this.slope = (float) slope;
        this.wOff = new int[layers];
        this.bOff = new int[layers];
        this.transposed = new float[layers][];
        this.spectral = spectral ? new SpectralScale[layers] : null;
        int total = 0;
        for (int l = 0; l < layers; l++) {
            wOff[l] = total;
            total += widths[l] * widths[l + 1];
            bOff[l] = total;
            total += widths[l + 1];
            transposed[l] = new float[widths[l] * widths[l + 1]];
            if (spectral) {
                this.spectral[l] = new SpectralScale(widths[l], widths[l + 1]);
            }
        }
        this.params = new float[total];
        this.grads = new float[total];
        this.adam = new Adam(total, learningRate, beta1, beta2, epsilon);
    }

    public String name() {
        return name;
    }

    public int[] widths() {
        return widths.clone();
    }

    public int parameterCount() {
        return params.length;
    }

    /** Adam's steps so far. */
    public int updates() {
        return updates;
    }

    /** The parameters (a live array: whoever writes it changes the network). */
    public float[] parameters() {
        return params;
    }

    /** The gradients of the passes since the last step, laid out as {@link #parameters()}. */
    public float[] gradients() {
        return grads;
    }

    /** Where layer {@code l}'s weights start in {@link #parameters()} (its bias follows them). */
    public int weightOffset(int l) {
        return wOff[l];
    }

    /** The largest singular value of layer {@code l}'s weights at the last pass, or NaN without normalisation. */
    public double spectralSigma(int l) {
        return spectral == null ? Double.NaN : spectral[l].sigma();
    }

    /**
     * The outputs for {@code n} rows of {@code x} (a new array, n by the output width). A training pass takes the
     * spectral normalisation's power-iteration step; any other pass changes nothing.
     */
    public float[] forward(float[] x, int n, boolean training) {
        ensure(n);
        rows = n;
        System.arraycopy(x, 0, acts[0], 0, n * widths[0]);
        for (int l = 0; l < layers; l++) {
            Kernels.dense(acts[l], n, widths[l], weights(l, training), weightStart(l), params, bOff[l],
                    widths[l + 1], acts[l + 1]);
            if (l < layers - 1) {
                Kernels.leaky(acts[l + 1], n * widths[l + 1], slope);
            }
        }
        return Arrays.copyOf(acts[layers], n * widths[layers]);
    }

    private float[] weights(int l, boolean training) {
        if (spectral == null) {
            return params;
        }
        spectral[l].normalise(params, wOff[l], training);
        return spectral[l].normalised;
    }

    private int weightStart(int l) {
        return spectral == null ? wOff[l] : 0;
    }

    /**
     * Back from {@code dOut}, the gradient with respect to the last forward pass's outputs. With {@code parameters}
     * the weights' and biases' gradients are written into {@link #gradients()} (replacing what was there); with
     * {@code input} the gradient with respect to the input is returned (a new array), else null.
     */
    public float[] backward(float[] dOut, boolean parameters, boolean input) {
        int n = rows;
        // the weights as this pass computed with them, transposed (a few thousand copies against the pass's
        // hundreds of thousands of products; whoever wrote the parameters since needs no flag)
        for (int l = 0; l < layers; l++) {
            Kernels.transpose(spectral == null ? params : spectral[l].normalised, weightStart(l), widths[l],
                    widths[l + 1], transposed[l]);
        }
        if (parameters) {
            Arrays.fill(grads, 0f);
        }
        System.arraycopy(dOut, 0, deltas[layers], 0, n * widths[layers]);
        for (int l = layers; l >= 1; l--) {
            int in = widths[l - 1];
            int out = widths[l];
            if (parameters) {
                Kernels.outer(acts[l - 1], n, in, deltas[l], out, 1f, grads, wOff[l - 1]);
                Kernels.columnSums(deltas[l], n, out, grads, bOff[l - 1]);
            }
            if (l > 1 || input) {
                Kernels.dense(deltas[l], n, out, transposed[l - 1], 0, null, 0, in, deltas[l - 1]);
                if (l > 1) {
                    Kernels.slopes(deltas[l - 1], acts[l - 1], n * in, slope);
                }
            }
        }
        return input ? Arrays.copyOf(deltas[0], n * widths[0]) : null;
    }

    /**
     * Adds to {@link #gradients()} {@code scale} times the exact gradient, with respect to the weights, of
     * sum_i direction_i . c_i, where c_i is the input gradient of the output at row i and each direction_i is held
     * fixed: after {@link #forward} of the rows and {@link #backward} from ones (the pass that gave c). Penalties on
     * the input gradient (R1, WGAN-GP's) reduce to this with their own directions. It is the derivative of the
     * backward pass along the input direction (forward over reverse): with LeakyReLU's slopes fixed at the rows (as
     * automatic differentiation takes them), the deltas do not move with the input, and only the layer inputs' tangents
     * t_0 = direction, t_l = slope (t_(l-1) W_l) contribute, t_(l-1)^T delta_l to W_l; the biases get nothing.
     */
    public void addAlongInputs(float[] direction, float scale) {
        int n = rows;
        System.arraycopy(direction, 0, tangents[0], 0, n * widths[0]);
        for (int l = 1; l <= layers; l++) {
            int in = widths[l - 1];
            int out = widths[l];
            Kernels.outer(tangents[l - 1], n, in, deltas[l], out, scale, grads, wOff[l - 1]);
            if (l < layers) {
                float[] w = spectral == null ? params : spectral[l - 1].normalised;
                Kernels.dense(tangents[l - 1], n, in, w, weightStart(l - 1), null, 0, out, tangents[l]);
                Kernels.slopes(tangents[l], acts[l], n * out, slope);
            }
        }
    }

    /** One Adam step along {@link #gradients()} (turned into the parameters' gradients first). */
    public void step() {
        if (spectral != null) {
            for (int l = 0; l < layers; l++) {
                spectral[l].backward(grads, wOff[l]);
            }
        }
        adam.step(params, grads, updates++);
    }

    private void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        capacity = Math.max(n, 2 * capacity);
        acts = new float[layers + 1][];
        deltas = new float[layers + 1][];
        tangents = new float[layers][];
        for (int l = 0; l <= layers; l++) {
            acts[l] = new float[capacity * widths[l]];
            deltas[l] = new float[capacity * widths[l]];
            if (l < layers) {
                tangents[l] = new float[capacity * widths[l]];
            }
        }
    }

    /**
     * Copies of everything training changes, named as the image models name theirs: {@code <name>.parameters},
     * {@code <name>.adam}, and the power iteration's vectors {@code <name>.state.<i>}.
     */
    public List<NamedArray> trainingState() {
        List<NamedArray> arrays = new ArrayList<>();
        arrays.add(new NamedArray(name + ".parameters", new long[] {1, params.length}, params.clone()));
        arrays.add(new NamedArray(name + ".adam", new long[] {1, 2L * params.length}, adam.state().clone()));
        for (int l = 0; spectral != null && l < layers; l++) {
            arrays.add(new NamedArray(name + ".state." + l, new long[] {widths[l + 1], 1}, spectral[l].u.clone()));
        }
        return arrays;
    }

    /**
     * Puts back what {@link #trainingState()} copied, with the update count; every array is checked first.
     *
     * @throws IllegalArgumentException naming the first array that is missing or whose shape differs
     */
    public void restoreTrainingState(Map<String, NamedArray> saved, int updateCount) {
        List<NamedArray> mine = trainingState();
        NamedArray.requireSameShapes(mine, saved);
        load(mine.stream().map(m -> saved.get(m.name()).values()).toList(), updateCount);
    }

    /** A copy of the training state, for {@link #load}: parameters, Adam's state, the power iteration's vectors. */
    public List<float[]> save() {
        return trainingState().stream().map(NamedArray::values).toList();
    }

    /** Puts back a {@link #save}. */
    public void load(List<float[]> state, int updateCount) {
        System.arraycopy(state.get(0), 0, params, 0, params.length);
        System.arraycopy(state.get(1), 0, adam.state(), 0, adam.state().length);
        for (int l = 0; spectral != null && l < layers; l++) {
            System.arraycopy(state.get(2 + l), 0, spectral[l].u, 0, spectral[l].u.length);
        }
        updates = updateCount;
    }

    /** The layers and the parameter count, as a run's plan announces them. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(params.length).append(" parameters)");
        for (int l = 0; l < layers; l++) {
            sb.append("\n  Dense(").append(widths[l]).append(" -> ").append(widths[l + 1]).append(')');
            if (spectral != null) {
                sb.append(", spectrally normalised");
            }
            if (l < layers - 1) {
                sb.append("\n  LeakyReLU(").append(slope).append(')');
            }
        }
        return sb.toString();
    }
}
