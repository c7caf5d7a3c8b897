package org.ganlab.train;

import org.ganlab.config.PlaneSettings;

/**
 * The playground's instance noise (Sonderby et al. 2017): Gaussian noise on every point D sees, of deviation
 * {@code instanceNoise} falling linearly to 0 over {@code noiseAnneal} iterations (0: it stays), from a stream of
 * its own, which the gradient penalty's random points share.
 */
final class InstanceNoise {
    private final PlaneSettings settings;
    private final Lcg48 stream;

    InstanceNoise(PlaneSettings settings, Lcg48 stream) {
        this.settings = settings;
        this.stream = stream;
    }

    /** The stream, saved and restored with a checkpoint. */
    Lcg48 stream() {
        return stream;
    }

    /** The deviation after {@code done} iterations. */
    double deviation(int done) {
        double sigma = settings.instanceNoise();
        return settings.noiseAnneal() == 0 ? sigma : sigma * Math.max(0, 1 - (double) done / settings.noiseAnneal());
    }

    /** {@code xy} with the noise after {@code done} iterations added in place (unchanged without noise). */
    float[] add(int done, float[] xy) {
        double sigma = deviation(done);
        if (sigma > 0) {
            for (int i = 0; i < xy.length; i++) {
                xy[i] += (float) (sigma * stream.nextGaussian());
            }
        }
        return xy;
    }
}
