package org.ganlab.records;

import org.ganlab.config.ExperimentConfig;

/**
 * What a run is about to do, announced before the first iteration.
 *
 * @param config             the resolved configuration
 * @param datasetDescription which real images, and how many
 * @param datasetSize        number of real images
 * @param iterationsPerEpoch iterations in each epoch
 * @param backend            the backend line (backend, threads, versions)
 * @param threads            threads in use
 * @param generatorSummary   layers and parameter count of G
 * @param discriminatorSummary layers and parameter count of D
 */
public record RunPlan(ExperimentConfig config, String datasetDescription, int datasetSize, int iterationsPerEpoch,
                      String backend, int threads, String generatorSummary, String discriminatorSummary) {
    public int totalIterations() {
        return iterationsPerEpoch * config.epochs();
    }
}
