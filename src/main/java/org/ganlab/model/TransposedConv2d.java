package org.ganlab.model;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ganlab.backend.OneDnn;
import org.ganlab.backend.OneDnnConvolution;
import org.ganlab.backend.Profile;

/**
 * Transposed convolution, stride 2, "same" padding as in Keras' Conv2DTranspose: output size twice the input.
 *
 * <p>It runs as a sub-pixel (phase) decomposition. Output pixel {@code o = 2i + k - padBefore} receives input pixel
 * {@code i} through kernel tap {@code k}, so each output parity (phase) uses only the taps of one parity. All four
 * phases are computed by one ordinary stride-1 convolution whose kernel holds, per phase, that phase's taps
 * ({@code 4 x outChannels} output channels); the phases are then interleaved. Ordinary convolutions run on oneDNN
 * about ten times faster here than libnd4j's deconv2d. The trained parameter stays the K x K kernel of the
 * transposed convolution; the phase kernel is rebuilt from it on each forward pass and its gradient is folded back.
 *
 * <p>Where oneDNN can be called directly ({@link OneDnn#active()}), the layer instead runs as oneDNN's own transposed
 * convolution on the NHWC arrays ({@link OneDnnConvolution}), which needs neither the phase kernel nor the
 * interleaving; the phase route remains for the other backends and for kernels smaller than the stride.
 */
public final class TransposedConv2d extends WeightedLayer {
    private record Tap(int kh, int kw, int uh, int uw, int phase) { }

    private final int in;
    private final int out;
    private final int kernel;
    private final int window;
    private final int pad;
    private final int[] offset = new int[2];
    private final List<Tap> taps = new ArrayList<>();
    /** Places each kernel tap in the phase kernel: row (uh, uw, phase), column (kh, kw); a 0/1 matrix. */
    private final INDArray tapMatrix;
    private INDArray phaseKernel;
    private final INDArray phaseKernelGrad;
    private INDArray x;
    /** The direct oneDNN route (null for kernels it does not take), and whether the last forward pass used it. */
    private final OneDnnConvolution direct;
    private boolean viaDirect;

    /** True when batch norm follows: its mean subtraction cancels the bias, so the bias is neither added nor trained. */
    private final boolean biasCancelled;

    public TransposedConv2d(int in, int out, int kernel) {
        this(in, out, kernel, false);
    }

    /**
     * @param biasCancelled batch normalisation follows this layer; the bias (kept as a parameter, as in the
     *                      reference) then has an exactly zero gradient and no effect, and is skipped
     */
    public TransposedConv2d(int in, int out, int kernel, boolean biasCancelled) {
        super(new long[] {kernel, kernel, in, out}, new long[] {1, out}, (double) kernel * kernel * in,
                (double) kernel * kernel * out);
        this.biasCancelled = biasCancelled;
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.direct = OneDnnConvolution.supportsTransposed(kernel, 2)
                ? new OneDnnConvolution(true, in, out, kernel, 2, !biasCancelled) : null;
        int padBefore = Math.max(kernel - 2, 0) / 2;
        int[] dMin = new int[2];
        int[] dMax = new int[2];
        for (int r = 0; r < 2; r++) {
            dMin[r] = Integer.MAX_VALUE;
            dMax[r] = Integer.MIN_VALUE;
            for (int k = 0; k < kernel; k++) {
                if (((r + padBefore - k) & 1) == 0) {
                    int d = (r + padBefore - k) / 2;
                    dMin[r] = Math.min(dMin[r], d);
                    dMax[r] = Math.max(dMax[r], d);
                }
            }
            if (dMin[r] == Integer.MAX_VALUE) { // no tap reaches this phase (kernel 1): it stays zero
                dMin[r] = 0;
                dMax[r] = 0;
            }
        }
        int win = 1;
        for (int r = 0; r < 2; r++) {
            win = Math.max(win, dMax[r] - dMin[r] + 1);
        }
        int padLo = 0;
        int padHi = 0;
        for (int r = 0; r < 2; r++) {
            padLo = Math.max(padLo, -dMin[r]);
            padHi = Math.max(padHi, dMin[r] + win - 1);
        }
        this.window = win;
        this.pad = Math.max(padLo, padHi);
        for (int r = 0; r < 2; r++) {
            offset[r] = dMin[r] + pad;
        }
        for (int kh = 0; kh < kernel; kh++) {
            for (int kw = 0; kw < kernel; kw++) {
                int rh = (kh + padBefore) & 1; // the phase whose parity matches: (r + padBefore - k) even
                int rw = (kw + padBefore) & 1;
                int uh = (rh + padBefore - kh) / 2 - dMin[rh];
                int uw = (rw + padBefore - kw) / 2 - dMin[rw];
                taps.add(new Tap(kh, kw, uh, uw, rh * 2 + rw));
            }
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            phaseKernelGrad = Nd4j.zeros(DataType.FLOAT, window, window, in, 4L * out);
            tapMatrix = Nd4j.zeros(DataType.FLOAT, 4L * window * window, (long) kernel * kernel);
            for (Tap t : taps) {
                tapMatrix.putScalar(((long) t.uh() * window + t.uw()) * 4 + t.phase(), (long) t.kh() * kernel + t.kw(), 1.0);
            }
        }
    }

    /**
     * The phase kernel [window, window, in, 4 * out] from the K x K kernel, as one product with the tap matrix
     * (whole-array operations only: ND4J 1.0.0-M2.1 loses the buffer of some sub-views of parameter views).
     */
    private INDArray buildPhaseKernel() {
        INDArray rows = tapMatrix.mmul(w.reshape((long) kernel * kernel, (long) in * out));
        return rows.reshape(window, window, 4, in, out).permute(0, 1, 3, 2, 4).dup('c')
                .reshape(window, window, in, 4L * out);
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        x = input;
        viaDirect = direct != null && OneDnn.active();
        if (viaDirect) {
            return direct.forward(input, w, b);
        }
        phaseKernel = buildPhaseKernel();
        INDArray phases = Ops.conv2d(input, phaseKernel, null, 1, pad, false);
        long n = input.size(0);
        long h = input.size(1);
        long wd = input.size(2);
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, n, 2 * h, 2 * wd, out);
        for (int rh = 0; rh < 2; rh++) {
            for (int rw = 0; rw < 2; rw++) {
                y.get(all(), interval(rh, 2, 2 * h), interval(rw, 2, 2 * wd), all())
                        .assign(phaseView(phases, rh, rw, h, wd));
            }
        }
        if (!biasCancelled) {
            y.reshape(n * 4 * h * wd, out).addiRowVector(b);
        }
        return y;
    }

    private INDArray phaseView(INDArray phases, int rh, int rw, long h, long wd) {
        int g = rh * 2 + rw;
        return phases.get(all(), interval(offset[rh], offset[rh] + h), interval(offset[rw], offset[rw] + wd),
                interval((long) g * out, (long) (g + 1) * out));
    }

    @Override
    public INDArray backward(INDArray dy) {
        if (viaDirect) {
            if (biasCancelled) {
                db.assign(0);
            }
            return direct.backward(x, w, dy, dw, db);
        }
        long n = x.size(0);
        long h = x.size(1);
        long wd = x.size(2);
        long t0 = System.nanoTime();
        if (biasCancelled) {
            db.assign(0);
        } else {
            db.assign(Ops.columnSums(dy.reshape(n * 4 * h * wd, out)));
        }
        long t1 = System.nanoTime();
        long s = h + 2L * pad - window + 1;
        INDArray dPhases = Nd4j.zeros(DataType.FLOAT, n, s, wd + 2L * pad - window + 1, 4L * out);
        for (int rh = 0; rh < 2; rh++) {
            for (int rw = 0; rw < 2; rw++) {
                phaseView(dPhases, rh, rw, h, wd).assign(dy.get(all(), interval(rh, 2, 2 * h), interval(rw, 2, 2 * wd), all()));
            }
        }
        long t2 = System.nanoTime();
        INDArray dx = Ops.conv2dBackward(x, phaseKernel, null, dPhases, phaseKernelGrad, null, 1, pad, false);
        long t3 = System.nanoTime();
        if (Profile.ON) {
            Profile.add("  tconv" + h + " bw bias", t1 - t0);
            Profile.add("  tconv" + h + " bw scatter", t2 - t1);
            Profile.add("  tconv" + h + " bw conv2d_bp", t3 - t2);
        }
        INDArray gradRows = phaseKernelGrad.reshape(window, window, in, 4, out).permute(0, 1, 3, 2, 4).dup('c')
                .reshape(4L * window * window, (long) in * out);
        dw.assign(tapMatrix.transpose().mmul(gradRows).reshape(kernel, kernel, in, out));
        return dx;
    }

    @Override
    public String describe() {
        return "TransposedConv2d(" + in + " -> " + out + ", " + kernel + "x" + kernel + ", stride 2, same"
                + (direct != null && OneDnn.active() ? "; oneDNN)" : "; as " + window + "x" + window + " phase convolution)");
    }
}
