package org.ganlab.mlp;

/**
 * Adam (Kingma and Ba 2015) over one flat array of parameters, as ND4J's updater computes it, so that a checkpoint of
 * either carries on in the other: with t the number of steps taken before this one, m = b1 m + (1 - b1) g,
 * v = b2 v + (1 - b2) g^2, and the parameters move by lr sqrt(1 - b2^(t+1)) / (1 - b1^(t+1)) m / (sqrt(v) + eps).
 * Its state is one array, the first moments followed by the second, laid out as ND4J's.
 */
public final class Adam {
    final double learningRate;
    final double beta1;
    final double beta2;
    final double epsilon;
    private final float[] state;
    private final int size;

    public Adam(int size, double learningRate, double beta1, double beta2, double epsilon) {
        this.size = size;
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.state = new float[2 * size];
    }

    /** One step of {@code params} along {@code grads}, the {@code t}-th (from 0). */
    public void step(float[] params, float[] grads, int t) {
        step(Kernels.VECTOR, params, grads, t);
    }

    /** {@link #step}, with the vector API or without it. */
    void step(boolean vector, float[] params, float[] grads, int t) {
        double alpha = learningRate * Math.sqrt(1 - Math.pow(beta2, t + 1)) / (1 - Math.pow(beta1, t + 1));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float c1 = (float) (1 - beta1);
        float c2 = (float) (1 - beta2);
        float a = (float) alpha;
        float eps = (float) epsilon;
        float[] s = state;
        int n = size;
        int from = vector ? VectorKernels.adam(params, grads, s, n, b1, b2, c1, c2, a, eps) : 0;
        for (int i = from; i < n; i++) {
            float g = grads[i];
            float m = b1 * s[i] + c1 * g;
            float v = b2 * s[n + i] + c2 * g * g;
            s[i] = m;
            s[n + i] = v;
            params[i] -= a * m / ((float) Math.sqrt(v) + eps);
        }
    }

    /** The moments, first then second (a live array: a copy is the caller's to take). */
    public float[] state() {
        return state;
    }
}
