package org.ganlab.model;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The minibatch standard deviation layer of Karras et al. 2018 (progressive GANs), as they place it: the batch is split
 * into groups of {@link #GROUP} examples; within a group, the standard deviation of every feature at every position
 * is taken over the group's examples and averaged into one number, which is appended to each of the group's examples
 * as one more feature map. A group of near copies has a small value everywhere on that map, so D can see collapse and
 * G is pushed to vary. NHWC: [n, h, w, c] -> [n, h, w, c + 1].
 */
public final class MinibatchStddev extends Layer {
    /** Karras et al.'s group size; a batch that does not divide into groups of it is one group. */
    public static final int GROUP = 4;
    private static final double EPSILON = 1e-8;
    private final int height;
    private final int width;
    private final int channels;
    private int group;
    private float[] centred;
    private double[] sd;

    public MinibatchStddev(int height, int width, int channels) {
        this.height = height;
        this.width = width;
        this.channels = channels;
    }

    static int groupSize(int n) {
        return n % GROUP == 0 ? GROUP : n;
    }

    private int features() {
        return height * width * channels;
    }

    @Override
    public INDArray forward(INDArray x, Mode mode) {
        int n = (int) x.size(0);
        int m = features();
        group = groupSize(n);
        float[] in = x.dup('c').reshape((long) n * m).toFloatVector();
        centred = new float[in.length];
        int groups = n / group;
        sd = new double[groups * m];
        float[] map = new float[n * height * width];
        for (int g = 0; g < groups; g++) {
            double total = 0;
            for (int j = 0; j < m; j++) {
                double mean = 0;
                for (int k = 0; k < group; k++) {
                    mean += in[(g * group + k) * m + j];
                }
                mean /= group;
                double var = 0;
                for (int k = 0; k < group; k++) {
                    int at = (g * group + k) * m + j;
                    double c = in[at] - mean;
                    centred[at] = (float) c;
                    var += c * c;
                }
                double s = Math.sqrt(var / group + EPSILON);
                sd[g * m + j] = s;
                total += s;
            }
            Arrays.fill(map, g * group * height * width, (g + 1) * group * height * width,
                    (float) (total / m));
        }
        INDArray extra = Nd4j.createFromArray(map).reshape(n, height, width, 1).castTo(x.dataType());
        return Nd4j.concat(3, x.reshape(n, height, width, channels), extra);
    }

    /** d s_g / d x_ij = (x_ij - mean_j) / (group * sd_j * features), for every example i of group g. */
    @Override
    public INDArray backward(INDArray dy) {
        int n = (int) dy.size(0);
        int m = features();
        int hw = height * width;
        float[] all = dy.dup('c').reshape((long) n * hw * (channels + 1)).toFloatVector();
        float[] dx = new float[n * m];
        int groups = n / group;
        for (int g = 0; g < groups; g++) {
            double total = 0;
            for (int k = 0; k < group; k++) {
                int i = g * group + k;
                for (int p = 0; p < hw; p++) {
                    int from = (i * hw + p) * (channels + 1);
                    System.arraycopy(all, from, dx, (i * hw + p) * channels, channels);
                    total += all[from + channels];
                }
            }
            double scale = total / ((double) group * m);
            for (int k = 0; k < group; k++) {
                int i = g * group + k;
                for (int j = 0; j < m; j++) {
                    dx[i * m + j] += (float) (scale * centred[i * m + j] / sd[g * m + j]);
                }
            }
        }
        return Nd4j.createFromArray(dx).reshape(n, height, width, channels).castTo(dy.dataType());
    }

    @Override
    public String describe() {
        return "MinibatchStddev(" + height + "x" + width + "x" + channels + " + 1 map, groups of " + GROUP + ")";
    }
}
