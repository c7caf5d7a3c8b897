package org.ganlab.model;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

import java.lang.ref.Reference;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Stride-1 "same" convolution to a few output channels (the generator's 7x7 output layer, 128 -> 1), written as
 * matrix products over the kernel taps instead of a library convolution.
 *
 * <p>Forward: P = K X^T, with X the [pixels, inChannels] matrix of the input and K the [taps*out, inChannels]
 * kernel, so that each tap has one contiguous image plane; each output pixel then sums the tap planes at the tap's
 * shift. Backward: Q holds the output gradient shifted for each tap, dK = Q X and dX = Q^T K. With one output channel oneDNN's convolution reaches about 20 GFLOP/s here;
 * this form runs as large well-shaped matrix products plus one shifted add per tap.
 */
public final class TapConv2d extends WeightedLayer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int padBefore;
    private INDArray x;

    public TapConv2d(int in, int out, int kernel) {
        super(new long[] {kernel, kernel, in, out}, new long[] {1, out}, (double) kernel * kernel * in,
                (double) kernel * kernel * out);
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.padBefore = (kernel - 1) / 2;
    }

    /** The kernel as [taps * out, in]: row t * out + o holds tap t = kh * kernel + kw of output channel o. */
    private INDArray kernelRows() {
        return w.permute(0, 1, 3, 2).dup('c').reshape((long) kernel * kernel * out, in);
    }

    /**
     * Where tap {@code t} (= kh * kernel + kw) reads inside an h x w image: output rows [i0, i1) and columns [j0, j1)
     * read the input shifted by (dh, dw).
     */
    private record Window(long t, int dh, int dw, int i0, int i1, int j0, int j1) { }

    /** The windows of every tap that reads inside the image, taps in order. */
    private List<Window> windows(int h, int wd) {
        List<Window> list = new ArrayList<>();
        for (int kh = 0; kh < kernel; kh++) {
            for (int kw = 0; kw < kernel; kw++) {
                int dh = kh - padBefore;
                int dwShift = kw - padBefore;
                Window window = new Window((long) kh * kernel + kw, dh, dwShift, Math.max(0, -dh), Math.min(h, h - dh),
                        Math.max(0, -dwShift), Math.min(wd, wd - dwShift));
                if (window.i0() < window.i1() && window.j0() < window.j1()) {
                    list.add(window);
                }
            }
        }
        return list;
    }

    /**
     * Applies {@code action(outputRegion, tapRegion)} for every tap and output channel, on planes laid out
     * [channel-or-tap, n, h, w]: the pixels where the tap reads inside the image.
     */
    private void forEachTap(INDArray planes, INDArray taps, BiConsumer<INDArray, INDArray> action) {
        for (Window v : windows((int) planes.size(2), (int) planes.size(3))) {
            for (int o = 0; o < out; o++) {
                action.accept(planes.get(point(o), all(), interval(v.i0(), v.i1()), interval(v.j0(), v.j1())),
                        taps.get(point(v.t() * out + o), all(), interval(v.i0() + v.dh(), v.i1() + v.dh()),
                                interval(v.j0() + v.dw(), v.j1() + v.dw())));
            }
        }
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        x = input;
        long n = input.size(0);
        long h = input.size(1);
        long wd = input.size(2);
        long rows = n * h * wd;
        long taps = (long) kernel * kernel * out;
        // P^T = K X^T: one contiguous [n, h, w] plane per tap and output channel
        INDArray p = Nd4j.createUninitialized(DataType.FLOAT, taps, rows);
        Ops.gemm(kernelRows(), input.reshape(rows, in), p, false, true);
        float[] sums = shiftedSums(p, n, (int) h, (int) wd);
        INDArray planes = Nd4j.create(sums, new long[] {out, n, h, wd}, 'c');
        INDArray y = out == 1 ? planes.reshape(n, h, wd, 1) : planes.permute(1, 2, 3, 0).dup('c');
        y.reshape(rows, out).addiRowVector(b);
        return y;
    }

    /**
     * Each output plane [o][n] as the sum over taps of the tap's plane of {@code p} ([taps * out, n, h, w]) shifted
     * by the tap's offset, taps in order. A plain loop over the array's memory, one image per task: libnd4j's adds
     * on 49 small strided views per image cost ten times as much.
     */
    private float[] shiftedSums(INDArray p, long n, int h, int wd) {
        FloatBuffer source = p.data().asNioFloat();
        long base = p.offset();
        int plane = h * wd;
        long rows = n * plane;
        float[] sums = new float[Math.toIntExact(out * rows)];
        List<Window> windows = windows(h, wd);
        try {
            sumInto(sums, source, base, n, plane, rows, wd, windows);
        } finally {
            // the buffer is a bare view of p's native memory and keeps nothing alive: were p collected while the
            // loop reads, its memory would be freed under the reads (a crash of the whole JVM, seen once in a test)
            Reference.reachabilityFence(p);
        }
        return sums;
    }

    private void sumInto(float[] sums, FloatBuffer source, long base, long n, int plane, long rows, int wd,
                         List<Window> windows) {
        IntStream.range(0, (int) n).parallel().forEach(image -> {
            float[] tap = new float[plane];
            for (int o = 0; o < out; o++) {
                int target = Math.toIntExact(o * rows + (long) image * plane);
                for (Window v : windows) {
                    // the tap's plane in one bulk read, then array loops the JIT vectorises
                    source.get(Math.toIntExact(base + (v.t() * out + o) * rows + (long) image * plane), tap);
                    for (int i = v.i0(); i < v.i1(); i++) {
                        int to = target + i * wd;
                        int src = (i + v.dh()) * wd + v.dw();
                        for (int j = v.j0(); j < v.j1(); j++) {
                            sums[to + j] += tap[src + j];
                        }
                    }
                }
            }
        });
    }

    @Override
    public INDArray backward(INDArray dy) {
        long n = x.size(0);
        long h = x.size(1);
        long wd = x.size(2);
        long rows = n * h * wd;
        long taps = (long) kernel * kernel * out;
        db.assign(Ops.columnSums(dy.reshape(rows, out)));
        INDArray dyPlanes = dy.permute(3, 0, 1, 2).dup('c');
        INDArray q = Nd4j.zeros(DataType.FLOAT, taps, n, h, wd);
        forEachTap(dyPlanes, q, (dyRegion, qRegion) -> qRegion.assign(dyRegion));
        INDArray q2 = q.reshape(taps, rows);
        INDArray x2 = x.reshape(rows, in);
        INDArray dwRows = Nd4j.createUninitialized(DataType.FLOAT, taps, in);
        Ops.gemm(q2, x2, dwRows, false, false);
        dw.assign(dwRows.reshape(kernel, kernel, out, in).permute(0, 1, 3, 2));
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, rows, in);
        Ops.gemm(q2, kernelRows(), dx, true, false);
        return dx.reshape(n, h, wd, in);
    }

    @Override
    public String describe() {
        return "TapConv2d(" + in + " -> " + out + ", " + kernel + "x" + kernel + ", stride 1, same)";
    }
}
