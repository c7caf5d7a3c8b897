package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.backend.Profile;
import org.ganlab.config.WeightInitScheme;
import org.ganlab.records.NamedArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A stack of layers whose parameters, gradients and optimiser state each live in one flat buffer, so that an
 * update is one Adam step over one array and the parameters can be saved and compared as a whole.
 */
public class Network {
    /** Keras' Adam epsilon. */
    public static final double ADAM_EPSILON = 1e-7;

    private final String name;
    private final List<Layer> layers;
    private final INDArray params;
    private final INDArray grads;
    private final GradientUpdater<?> updater;
    /** Adam's two moment estimates, as one flat array (null for a network without parameters). */
    private final INDArray updaterState;
    private int updates;

    public Network(String name, List<Layer> layers, double learningRate, double beta1, double beta2) {
        this.name = name;
        this.layers = List.copyOf(layers);
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            long total = 0;
            for (Layer l : layers) {
                for (long[] shape : l.parameterShapes()) {
                    total += lengthOf(shape);
                }
            }
            params = Nd4j.zeros(DataType.FLOAT, 1, total);
            grads = Nd4j.zeros(DataType.FLOAT, 1, total);
            long offset = 0;
            for (Layer l : layers) {
                List<long[]> shapes = l.parameterShapes();
                INDArray[] p = new INDArray[shapes.size()];
                INDArray[] g = new INDArray[shapes.size()];
                for (int i = 0; i < shapes.size(); i++) {
                    long len = lengthOf(shapes.get(i));
                    // views straight onto the root buffers: in ND4J 1.0.0-M2.1 a view taken of a view can lose its
                    // buffer (data() == null) once the offsets pass a boundary, which broke small networks
                    p[i] = view(params, shapes.get(i), offset);
                    g[i] = view(grads, shapes.get(i), offset);
                    offset += len;
                }
                l.bind(p, g);
            }
            Adam adam = new Adam(learningRate, beta1, beta2, ADAM_EPSILON);
            updaterState = total == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, adam.stateSize(total));
            updater = total == 0 ? null : adam.instantiate(updaterState, true);
        }
    }

    private static INDArray view(INDArray root, long[] shape, long offset) {
        return Nd4j.create(root.data(), shape, Nd4j.getStrides(shape, 'c'), offset, 'c');
    }

    private static long lengthOf(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    public String name() {
        return name;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** All trainable parameters as one [1, n] row (a live view: changes with every update). */
    public INDArray parameters() {
        return params;
    }

    /** The gradients of the last backward pass, laid out as {@link #parameters()}. */
    public INDArray gradients() {
        return grads;
    }

    public long parameterCount() {
        return params.length();
    }

    /** How many optimiser steps this network has taken. */
    public int updates() {
        return updates;
    }

    /** Whether some layer reads the examples' classes: then {@link #condition} must precede every forward pass. */
    public boolean conditional() {
        return layers.stream().anyMatch(l -> l instanceof ConditionedLayer);
    }

    /** Sets the classes (one-hot, [n, classes]) that the conditional layers read in the next forward passes. */
    public void condition(INDArray oneHot) {
        for (Layer l : layers) {
            if (l instanceof ConditionedLayer c) {
                c.condition(oneHot);
            }
        }
    }

    public void initialise(WeightInitScheme scheme, double std) {
        for (Layer l : layers) {
            l.initialise(scheme, std);
        }
    }

    public INDArray forward(INDArray x, Mode mode) {
        return forward(x, mode, layers.size());
    }

    /** Runs the first {@code count} layers. */
    public INDArray forward(INDArray x, Mode mode, int count) {
        INDArray a = x;
        for (int i = 0; i < count; i++) {
            a = forwardLayer(i, a, mode);
        }
        return a;
    }

    /** Runs the layers from index {@code first} on, given the output of the layer before it. */
    public INDArray forwardFrom(INDArray a, Mode mode, int first) {
        INDArray out = a;
        for (int i = first; i < layers.size(); i++) {
            out = forwardLayer(i, out, mode);
        }
        return out;
    }

    private INDArray forwardLayer(int i, INDArray a, Mode mode) {
        if (!Profile.ON) {
            return layers.get(i).forward(a, mode);
        }
        long t = System.nanoTime();
        INDArray out = layers.get(i).forward(a, mode);
        Profile.add(name + " " + i + " " + layers.get(i).describe() + " forward " + mode, System.nanoTime() - t);
        return out;
    }

    /**
     * Backward through every layer from the gradient of the output. {@code extra} adds gradients at the outputs of
     * inner layers (by layer index), for losses that also look inside the network, such as feature matching.
     * Returns the gradient with respect to the input.
     */
    public INDArray backward(INDArray dOut, Map<Integer, INDArray> extra) {
        INDArray g = dOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            INDArray add = extra.get(i);
            if (add != null) {
                g = g.add(add.reshape(g.shape()));
            }
            long t = Profile.ON ? System.nanoTime() : 0;
            g = layers.get(i).backward(g);
            if (Profile.ON) {
                Profile.add(name + " " + i + " " + layers.get(i).describe() + " backward", System.nanoTime() - t);
            }
        }
        return g;
    }

    public INDArray backward(INDArray dOut) {
        return backward(dOut, Map.of());
    }

    /** One Adam step with the gradients of the last backward pass. */
    public void step() {
        if (updater == null) {
            return;
        }
        long t = Profile.ON ? System.nanoTime() : 0;
        updater.applyUpdater(grads, updates, 0);
        params.subi(grads);
        updates++;
        if (Profile.ON) {
            Profile.add(name + " Adam step", System.nanoTime() - t);
        }
    }

    /** L2 norm of the first layer's weight gradient, from the last backward pass. */
    public double firstLayerGradientNorm() {
        for (Layer l : layers) {
            INDArray g = l.weightGradient();
            if (g != null) {
                return g.norm2Number().doubleValue();
            }
        }
        return 0;
    }

    /** The model's state beyond its parameters (batch norm running averages), in layer order. */
    public List<INDArray> state() {
        List<INDArray> s = new ArrayList<>();
        for (Layer l : layers) {
            s.addAll(l.state());
        }
        return s;
    }

    /**
     * Copies of everything training changes: the parameters, Adam's state and the batch-norm running averages,
     * named {@code <name>.parameters}, {@code <name>.adam} and {@code <name>.state.<i>}. The update count is
     * separate ({@link #updates()}).
     */
    public List<NamedArray> trainingState() {
        List<NamedArray> arrays = new ArrayList<>();
        arrays.add(copy(name + ".parameters", params));
        if (updaterState != null) {
            arrays.add(copy(name + ".adam", updaterState));
        }
        List<INDArray> state = state();
        for (int i = 0; i < state.size(); i++) {
            arrays.add(copy(name + ".state." + i, state.get(i)));
        }
        return arrays;
    }

    private static NamedArray copy(String name, INDArray a) {
        return new NamedArray(name, a.shape(), a.dup('c').reshape(a.length()).toFloatVector());
    }

    /**
     * Puts back what {@link #trainingState()} copied, with the update count. Every array is checked against this
     * network's before anything changes.
     *
     * @throws IllegalArgumentException naming the first array that is missing or whose shape differs
     */
    public void restoreTrainingState(Map<String, NamedArray> saved, int updateCount) {
        List<NamedArray> mine = trainingState();
        NamedArray.requireSameShapes(mine, saved);
        List<INDArray> targets = new ArrayList<>();
        targets.add(params);
        if (updaterState != null) {
            targets.add(updaterState);
        }
        targets.addAll(state());
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            for (int i = 0; i < targets.size(); i++) {
                INDArray t = targets.get(i);
                t.assign(Nd4j.createFromArray(saved.get(mine.get(i).name()).values()).reshape(t.shape()));
            }
        }
        updates = updateCount;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(parameterCount()).append(" parameters)");
        for (Layer l : layers) {
            sb.append("\n  ").append(l.describe());
        }
        return sb.toString();
    }
}
