package org.ganlab.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Everything that defines one training run. The defaults are the stable baseline of the reference experiment
 * (the Keras DCGAN on MNIST eights that the README names); presets and user edits are overrides of these values, and
 * {@link ConfigSchema} documents and validates every field.
 *
 * <p>Values are plain numbers, booleans and strings so that a configuration reads well as JSON and can be set
 * from the command line with {@code --set key=value}.
 */
@JsonPropertyOrder(alphabetic = false)
public record ExperimentConfig(
        // Data
        String dataDir,
        String digits,
        int maxImages,
        String imageFolder,
        int imageSize,
        boolean colour,
        // Generator
        Architecture architecture,
        int latentSize,
        int genFilters,
        int genKernelSize,
        // Discriminator
        int discFilters,
        int discKernelSize,
        // Both models
        WeightInitScheme weightInit,
        double initStd,
        boolean batchNorm,
        double batchNormDecay,
        double leakySlope,
        // Optimiser
        double genLearningRate,
        double genBeta1,
        double genBeta2,
        double discLearningRate,
        double discBeta1,
        double discBeta2,
        // Training
        int batchSize,
        int epochs,
        int iterationsPerEpoch,
        int discStepsPerGenStep,
        int genStepsPerDiscStep,
        long seed,
        int threads,
        boolean freshSamples,
        int checkpointEvery,
        int qualitySamples,
        // Impairments
        boolean combinedBatch,
        boolean saturatingGenLoss,
        boolean runningAverageSampling,
        // Remedies
        boolean featureMatching,
        double featureMatchingWeight,
        double labelSmoothing,
        boolean conditional,
        boolean minibatchStddev,
        double instanceNoise,
        double instanceNoiseFloor,
        boolean discBatchNorm,
        boolean genBatchNorm,
        boolean spectralNorm,
        double r1Gamma,
        boolean hingeLoss,
        int packing,
        boolean diffAugment) {

    /** The stable baseline of the reference experiment. */
    public static ExperimentConfig baseline() {
        return new ExperimentConfig(
                "", "8", 0, "", 28, false,
                Architecture.REFERENCE, 100, 128, 4,
                64, 4,
                WeightInitScheme.NORMAL, 0.02, true, 0.99, 0.2,
                0.0002, 0.5, 0.999, 0.0002, 0.5, 0.999,
                128, 10, 0, 1, 1, 1L, 0, false, 1, 1000,
                false, false, false,
                false, 1.0, 0.0,
                false, false, 0.0, 0.0, true, true, false, 0.0, false, 1, false);
    }

    /** Iterations per epoch: the configured number, or (when 0) the dataset size divided by the batch size. */
    public int iterationsPerEpoch(int datasetSize) {
        return iterationsPerEpoch > 0 ? iterationsPerEpoch : Math.max(1, datasetSize / batchSize);
    }

    /** Half of the batch: the size of each real and each fake update of the discriminator. */
    @JsonIgnore
    public int halfBatch() {
        return Math.max(1, batchSize / 2);
    }

    /**
     * The standard deviation of the instance noise added to D's inputs at a point of the run: it falls linearly from
     * {@link #instanceNoise} at the first iteration to {@link #instanceNoiseFloor} at the last (to 0 without a
     * floor), so that with a floor it still acts at the end of a run.
     *
     * @param iteration  the iteration, from 1
     * @param iterations the run's total iterations
     */
    public double instanceNoiseAt(int iteration, int iterations) {
        if (instanceNoise <= 0 || iterations <= 1) {
            return instanceNoise;
        }
        double left = Math.max(0.0, 1.0 - (iteration - 1) / (double) (iterations - 1));
        double floor = Math.min(instanceNoiseFloor, instanceNoise);
        return floor + (instanceNoise - floor) * left;
    }

    /**
     * Whether the run trains on the bundled MNIST digits (no picture folder, no other data folder): the only data the
     * digit classifier's measures and its witness in the diagnosis apply to.
     */
    @JsonIgnore
    public boolean onBundledDigits() {
        return (imageFolder == null || imageFolder.isBlank()) && (dataDir == null || dataDir.isBlank());
    }

    /** The label the discriminator is trained towards on real images (one-sided label smoothing). */
    @JsonIgnore
    public double realLabel() {
        return 1.0 - labelSmoothing;
    }

    /** This configuration with the named fields changed ({@link SettingsSchema#apply}). */
    public ExperimentConfig with(Map<String, ?> changes) {
        return ConfigSchema.IMAGES.apply(this, changes);
    }
}
