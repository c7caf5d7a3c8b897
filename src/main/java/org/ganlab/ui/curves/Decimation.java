package org.ganlab.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.ganlab.records.IterationMetrics;

/**
 * How every chart of iterations turns a run's rows into points (the lab's curves and Compare's alike, so that one
 * run looks the same in both): past {@code maxPoints} rows, the mean of each bucket of {@link #stride} rows (a power
 * of two, so that buckets only ever merge as a run grows); optionally an exponential moving average first. A
 * {@link Curve} keeps its running state, so that rows appended later continue it. Plain Java: no toolkit.
 */
public final class Decimation {
    /** The weight of the past in the moving average of "Smooth". */
    static final double SMOOTHING = 0.9;

    /** A point of a curve: the iteration and the value drawn there. */
    record Point(double iteration, double value) { }

    private Decimation() {
    }

    /** The bucket size for {@code rows} rows: the smallest power of two that keeps the points at most {@code max}. */
    public static int stride(int rows, int max) {
        int stride = 1;
        while (rows / stride > max) {
            stride *= 2;
        }
        return stride;
    }

    /** One curve's points, built in one go or as rows arrive. */
    public static final class Curve {
        private final ToDoubleFunction<IterationMetrics> value;
        private final int stride;
        private final boolean smooth;
        private double ema = Double.NaN;

        public Curve(ToDoubleFunction<IterationMetrics> value, int stride, boolean smooth) {
            this.value = value;
            this.stride = stride;
            this.smooth = smooth;
        }

        public int stride() {
            return stride;
        }

        /**
         * The points of {@code rows} (which follow those given before): non-finite values are left out, each bucket
         * of {@code stride} finite values gives its mean at the iteration of its last row, and the last rows give a
         * bucket of their own.
         */
        public List<Point> points(List<IterationMetrics> rows) {
            List<Point> points = new ArrayList<>(rows.size() / stride + 1);
            double sum = 0;
            int n = 0;
            for (int i = 0; i < rows.size(); i++) {
                double v = value.applyAsDouble(rows.get(i));
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (smooth) {
                    ema = Double.isNaN(ema) ? v : SMOOTHING * ema + (1 - SMOOTHING) * v;
                    v = ema;
                }
                sum += v;
                n++;
                if (n == stride || i == rows.size() - 1) {
                    points.add(new Point(rows.get(i).iteration(), sum / n));
                    sum = 0;
                    n = 0;
                }
            }
            return points;
        }
    }
}
