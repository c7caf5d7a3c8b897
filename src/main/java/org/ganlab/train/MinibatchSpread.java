package org.ganlab.train;

/**
 * The minibatch standard deviation of Karras et al. (2018) for a discriminator on points: the standard deviation of
 * each input column over the batch, averaged over the columns, appended to every row as one more input. A generator
 * that puts all its points in one place gives D a spread near 0 where real data gives a larger one, so D can tell a
 * collapsed batch from a real one, and G's gradient through the spread pushes its points apart. Arrays are row-major
 * {@code rows} by {@code width}.
 */
final class MinibatchSpread {
    static final double EPSILON = 1e-8;

    private MinibatchSpread() {
    }

    /** The spread of a batch: the mean over the columns of each column's standard deviation over the rows. */
    static double spread(float[] x, int rows, int width) {
        double sum = 0;
        for (int c = 0; c < width; c++) {
            sum += Math.sqrt(variance(x, rows, width, c) + EPSILON);
        }
        return sum / width;
    }

    /** {@code x} with the batch's spread appended to every row: rows by width + 1. */
    static float[] append(float[] x, int rows, int width) {
        float s = (float) spread(x, rows, width);
        float[] out = new float[rows * (width + 1)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x, r * width, out, r * (width + 1), width);
            out[r * (width + 1) + width] = s;
        }
        return out;
    }

    /**
     * The gradient with respect to {@code x} from the gradient {@code dOut} with respect to {@link #append}'s output:
     * each row's own part, plus the spread's share (the spread depends on every row).
     */
    static float[] backward(float[] x, float[] dOut, int rows, int width) {
        float[] dx = new float[rows * width];
        double dSpread = 0;
        for (int r = 0; r < rows; r++) {
            System.arraycopy(dOut, r * (width + 1), dx, r * width, width);
            dSpread += dOut[r * (width + 1) + width];
        }
        for (int c = 0; c < width; c++) {
            double mean = mean(x, rows, width, c);
            double std = Math.sqrt(variance(x, rows, width, c) + EPSILON);
            for (int r = 0; r < rows; r++) {
                // d spread / d x[r][c] = (x[r][c] - mean) / (rows * std * width)
                dx[r * width + c] += (float) (dSpread * (x[r * width + c] - mean) / (rows * std * width));
            }
        }
        return dx;
    }

    private static double mean(float[] x, int rows, int width, int c) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += x[r * width + c];
        }
        return sum / rows;
    }

    private static double variance(float[] x, int rows, int width, int c) {
        double mean = mean(x, rows, width, c);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            double d = x[r * width + c] - mean;
            sum += d * d;
        }
        return sum / rows;
    }
}
