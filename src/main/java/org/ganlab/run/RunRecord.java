package org.ganlab.run;

import java.util.Map;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.train.RunStatus;

/**
 * What config.json holds: the exact configuration that produced the run and where and how it ran.
 *
 * @param preset             the preset the configuration started from
 * @param config             the fully resolved configuration
 * @param status             RUNNING while training, then how it ended
 * @param message            what ended it
 * @param completedEpochs    epochs whose grid is written
 * @param iterations         iterations recorded
 * @param iterationsPerEpoch iterations in each epoch
 * @param dataset            which real images
 * @param backend            the backend line
 * @param versions           library versions
 * @param started            ISO-8601 start time
 * @param seconds            training wall time so far
 */
public record RunRecord(String preset, ExperimentConfig config, RunStatus status, String message,
                        int completedEpochs, int iterations, int iterationsPerEpoch, String dataset, String backend,
                        Map<String, String> versions, String started, double seconds) {
}
