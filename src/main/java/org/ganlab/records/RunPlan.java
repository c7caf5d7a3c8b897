package org.ganlab.records;

import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlaneSettings;

/**
 * What a run is about to do, announced before the first iteration.
 *
 * @param kind               images or points
 * @param config             the resolved configuration of an image run, else null
 * @param points             the settings of a run on points, else null
 * @param datasetDescription which real images or points, and how many
 * @param datasetSize        number of real images (0 for points, drawn afresh for every batch)
 * @param iterationsPerEpoch iterations in each epoch (for points: between two checks)
 * @param totalIterations    iterations the run trains in all
 * @param backend            the backend line (backend, threads, versions)
 * @param threads            threads in use
 * @param generatorSummary   layers and parameter count of G
 * @param discriminatorSummary layers and parameter count of D
 */
public record RunPlan(DataKind kind, ExperimentConfig config, PlaneSettings points, String datasetDescription,
                      int datasetSize, int iterationsPerEpoch, int totalIterations, String backend, int threads,
                      String generatorSummary, String discriminatorSummary) {
    /** The plan of an image run: its epochs of {@code iterationsPerEpoch} iterations. */
    public static RunPlan images(ExperimentConfig config, String datasetDescription, int datasetSize,
                                 int iterationsPerEpoch, String backend, int threads, String generatorSummary,
                                 String discriminatorSummary) {
        return new RunPlan(DataKind.IMAGES, config, null, datasetDescription, datasetSize, iterationsPerEpoch,
                iterationsPerEpoch * config.epochs(), backend, threads, generatorSummary, discriminatorSummary);
    }

    /** The plan of a run on points: {@code totalIterations}, checked every {@code checkEvery}. */
    public static RunPlan points(PlaneSettings settings, int checkEvery, int totalIterations, String backend,
                                 String generatorSummary, String discriminatorSummary) {
        return new RunPlan(DataKind.POINTS, null, settings, settings.data().toString(), 0, checkEvery,
                totalIterations, backend, 1, generatorSummary, discriminatorSummary);
    }

    /** The same plan for a run that goes on after {@code iteration}, at the end of epoch {@code epoch}. */
    public RunPlan goingOnFrom(int epoch, int iteration) {
        if (kind != DataKind.IMAGES || epoch == 0) {
            return this;
        }
        return new RunPlan(kind, config, points, datasetDescription, datasetSize, iterationsPerEpoch,
                iteration + (config.epochs() - epoch) * iterationsPerEpoch, backend, threads, generatorSummary,
                discriminatorSummary);
    }

    /** The epochs (or checks) the run will have: the last check of points may come before a whole interval. */
    public int epochs() {
        return kind == DataKind.IMAGES ? config.epochs() : (totalIterations + iterationsPerEpoch - 1)
                / iterationsPerEpoch;
    }
}
