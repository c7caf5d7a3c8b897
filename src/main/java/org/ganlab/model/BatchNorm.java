package org.ganlab.model;

import java.util.List;
import org.ganlab.backend.OneDnn;
import org.ganlab.backend.OneDnnBatchNorm;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation over the last (channel) axis, as Keras' BatchNormalization: epsilon 0.001, running
 * averages with the configured decay ("momentum" in Keras), used in {@link Mode#INFER}.
 *
 * <p>The input is viewed as a [rows, channels] matrix; column sums go through a matrix product, which is far
 * faster here than ND4J's reduction along the first axis. Both passes are written as a few whole-array products
 * with per-channel coefficients, since each pass over the activations costs more than the arithmetic in it.
 * Where oneDNN can be called directly ({@link OneDnn#active()}) both passes are its fused batch-norm primitives
 * instead, on the same parameters.
 */
public final class BatchNorm extends Layer {
    private static final double EPSILON = 1e-3;
    private final int channels;
    private final double decay;
    private INDArray gamma;
    private INDArray beta;
    private INDArray dGamma;
    private INDArray dBeta;
    private final INDArray runningMean;
    private final INDArray runningVar;
    /** Mean 0 and variance 1 - eps: with them libnd4j's batchnorm op computes x * gamma + beta. */
    private final INDArray zeroMean;
    private final INDArray unitVariance;
    private INDArray x;
    private INDArray mean;
    private INDArray invStd;
    /** The oneDNN route: gamma and beta as one [2, channels] block (they are adjacent), and their gradients. */
    private final OneDnnBatchNorm direct;
    private INDArray scaleShift;
    private INDArray gradScaleShift;
    private INDArray variance;
    private boolean viaDirect;

    public BatchNorm(int channels, double decay) {
        this.channels = channels;
        this.decay = decay;
        this.direct = new OneDnnBatchNorm(channels, EPSILON);
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            runningMean = Nd4j.zeros(DataType.FLOAT, 1, channels);
            runningVar = Nd4j.ones(DataType.FLOAT, 1, channels);
            zeroMean = Nd4j.zeros(DataType.FLOAT, channels);
            unitVariance = Nd4j.zeros(DataType.FLOAT, channels).addi(1 - EPSILON);
        }
    }

    @Override
    public List<long[]> parameterShapes() {
        return List.of(new long[] {1, channels}, new long[] {1, channels});
    }

    @Override
    public void bind(INDArray[] params, INDArray[] grads) {
        gamma = params[0];
        beta = params[1];
        dGamma = grads[0];
        dBeta = grads[1];
        boolean adjacent = beta.offset() == gamma.offset() + channels && dBeta.offset() == dGamma.offset() + channels
                && beta.data().address() == gamma.data().address() && dBeta.data().address() == dGamma.data().address();
        scaleShift = adjacent ? block(gamma) : null;
        gradScaleShift = adjacent ? block(dGamma) : null;
    }

    private INDArray block(INDArray first) {
        return Nd4j.create(first.data(), new long[] {2, channels}, new long[] {channels, 1}, first.offset(), 'c');
    }

    @Override
    public void initialise(WeightInitScheme scheme, double std) {
        gamma.assign(1);
        beta.assign(0);
        runningMean.assign(0);
        runningVar.assign(1);
    }

    @Override
    public List<INDArray> state() {
        return List.of(runningMean, runningVar);
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        viaDirect = scaleShift != null && (input.rank() == 4 || input.rank() == 2) && OneDnn.active();
        if (viaDirect) {
            return forwardDirect(input, mode);
        }
        long rows = input.length() / channels;
        INDArray x = input.reshape(rows, channels);
        INDArray scale;
        INDArray mean;
        if (mode.batchStatistics()) {
            mean = Ops.columnSums(x).divi(rows);
            INDArray variance = Ops.columnSums(x.mul(x)).divi(rows).subi(mean.mul(mean));
            Transforms.max(variance, 0.0, false);
            invStd = Transforms.pow(variance.add(EPSILON), -0.5, false);
            this.x = x;
            this.mean = mean;
            scale = invStd.mul(gamma);
            if (mode == Mode.TRAIN) {
                double unbiased = rows > 1 ? (double) rows / (rows - 1) : 1.0;
                runningMean.muli(decay).addi(mean.mul(1 - decay));
                runningVar.muli(decay).addi(variance.mul((1 - decay) * unbiased));
            }
        } else {
            mean = runningMean;
            scale = Transforms.pow(runningVar.add(EPSILON), -0.5, false).muli(gamma);
        }
        // y = (x - mean) * scale + beta = x * scale + (beta - mean * scale), one pass in libnd4j's batchnorm op
        // (given mean 0, variance 1 - eps, gamma = scale and beta = shift it computes exactly that)
        INDArray shift = beta.sub(mean.mul(scale));
        if (input.rank() != 4) {
            return x.mulRowVector(scale).addiRowVector(shift).reshape(input.shape());
        }
        // on NHWC images with the channel axis last the op runs on oneDNN: one pass instead of two
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, input.shape());
        Nd4j.exec(DynamicCustomOp.builder("batchnorm")
                .addInputs(input, zeroMean, unitVariance, scale.reshape(channels), shift.reshape(channels))
                .addOutputs(y).addIntegerArguments(1, 1, 3).addFloatingPointArguments(EPSILON).build());
        return y;
    }

    private INDArray forwardDirect(INDArray input, Mode mode) {
        if (!mode.batchStatistics()) {
            return direct.infer(input, scaleShift, runningMean.reshape(channels), runningVar.reshape(channels));
        }
        x = input;
        mean = Nd4j.createUninitialized(DataType.FLOAT, channels);
        variance = Nd4j.createUninitialized(DataType.FLOAT, channels);
        INDArray y = direct.train(input, scaleShift, mean, variance);
        if (mode == Mode.TRAIN) {
            long rows = input.length() / channels;
            double unbiased = rows > 1 ? (double) rows / (rows - 1) : 1.0;
            runningMean.muli(decay).addi(mean.reshape(1, channels).mul(1 - decay));
            runningVar.muli(decay).addi(variance.reshape(1, channels).mul((1 - decay) * unbiased));
        }
        return y;
    }

    @Override
    public INDArray backward(INDArray dy) {
        if (viaDirect) {
            return direct.backward(x, dy, scaleShift, mean, variance, gradScaleShift);
        }
        long rows = x.size(0);
        INDArray g = dy.reshape(rows, channels);
        // With xHat = (x - mean) * invStd:  dBeta = sum dy,  dGamma = sum dy * xHat = (sum dy * x - mean * dBeta) * invStd
        dBeta.assign(Ops.columnSums(g));
        dGamma.assign(Ops.columnSums(g.mul(x)).subi(mean.mul(dBeta)).muli(invStd));
        // dx = gamma * invStd * (dy - dBeta / m - xHat * dGamma / m) = a * dy + b * x + c, per channel
        INDArray a = gamma.mul(invStd);
        INDArray b = a.mul(invStd).muli(dGamma).divi(-rows);
        INDArray c = a.mul(dBeta).divi(-rows).subi(b.mul(mean));
        INDArray dx = g.mulRowVector(a);
        dx.addi(x.mulRowVector(b)).addiRowVector(c);
        return dx.reshape(dy.shape());
    }

    @Override
    public String describe() {
        return "BatchNorm(" + channels + ", decay " + decay + ")";
    }
}
