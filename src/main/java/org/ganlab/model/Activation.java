package org.ganlab.model;

import java.util.Arrays;
import org.ganlab.backend.OneDnn;
import org.ganlab.backend.OneDnnLeakyRelu;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Element-wise activations, applied in place; the backward pass reads the output. */
public abstract class Activation extends Layer {
    protected INDArray y;

    public static Activation leakyRelu(double slope) {
        return new Activation() {
            /** oneDNN's eltwise primitive where it can be called ({@link OneDnn#active()}): fewer passes. */
            private final OneDnnLeakyRelu direct = slope >= 0 && slope <= 1 ? new OneDnnLeakyRelu(slope) : null;
            private boolean viaDirect;
            /** The slopes of the last pass in another mode, kept through {@link Mode#TANGENT} passes. */
            private INDArray kept;
            private boolean tangent;

            @Override
            public INDArray forward(INDArray x, Mode mode) {
                if (mode == Mode.TANGENT) {
                    if (!tangent) {
                        kept = Transforms.max(Transforms.sign(y, true), slope, false);
                    }
                    tangent = true;
                    viaDirect = false;
                    y = x.muli(kept);
                    return y;
                }
                tangent = false;
                viaDirect = direct != null && OneDnn.active();
                if (viaDirect) {
                    y = direct.forwardInPlace(x);
                    return y;
                }
                // max(x, slope * x) for slope <= 1; much faster here than libnd4j's own leaky ReLU kernels
                y = Transforms.max(x, x.mul(slope), false);
                return y;
            }

            @Override
            public INDArray backward(INDArray dy) {
                if (tangent) {
                    return dy.mul(kept);
                }
                if (viaDirect) {
                    return direct.backward(y, dy);
                }
                // the output has the input's sign: dx = dy where y > 0, slope * dy elsewhere
                return Transforms.max(Transforms.sign(y, true), slope, false).muli(dy);
            }

            @Override
            public String describe() {
                return "LeakyReLU(" + slope + ")";
            }
        };
    }

    public static Activation tanh() {
        return new Activation() {
            @Override
            public INDArray forward(INDArray x, Mode mode) {
                y = Transforms.tanh(x, false);
                return y;
            }

            @Override
            public INDArray backward(INDArray dy) {
                return y.mul(y).rsubi(1).muli(dy);
            }

            @Override
            public String describe() {
                return "Tanh";
            }
        };
    }

    /** Reshape of each example (for example the generator's dense output to 7x7xC); no parameters. */
    public static Layer reshape(long... exampleShape) {
        return new Layer() {
            private long[] inputShape;

            @Override
            public INDArray forward(INDArray x, Mode mode) {
                inputShape = x.shape();
                long[] shape = new long[exampleShape.length + 1];
                shape[0] = x.size(0);
                System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
                return x.reshape(shape);
            }

            @Override
            public INDArray backward(INDArray dy) {
                return dy.reshape(inputShape);
            }

            @Override
            public String describe() {
                return "Reshape" + Arrays.toString(exampleShape);
            }
        };
    }
}
