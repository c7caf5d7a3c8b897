package org.ganlab.run;

import java.util.List;
import java.util.Map;
import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.RunStatus;

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
 * @param history            continuations and the branch this run came from, oldest first (empty for a plain run)
 * @param kind               images or points (a record written before the points kind joined: images)
 * @param points             the settings of a run on points, else null
 * @param plannedIterations  the iterations the run is to train in all (for points; images derive it from config)
 */
public record RunRecord(String preset, ExperimentConfig config, RunStatus status, String message,
                        int completedEpochs, int iterations, int iterationsPerEpoch, String dataset, String backend,
                        Map<String, String> versions, String started, double seconds, List<Provenance> history,
                        DataKind kind, PlaneSettings points, int plannedIterations) {
    public RunRecord {
        history = history == null ? List.of() : List.copyOf(history);
        kind = kind == null ? DataKind.IMAGES : kind;
    }

    /** The same record with another status and message (a run found interrupted is shown as such). */
    public RunRecord withStatus(RunStatus newStatus, String newMessage) {
        return new RunRecord(preset, config, newStatus, newMessage, completedEpochs, iterations, iterationsPerEpoch,
                dataset, backend, versions, started, seconds, history, kind, points, plannedIterations);
    }

    /** The epochs (checks, for points) the run is to have. */
    public int plannedEpochs() {
        return kind == DataKind.POINTS ? (plannedIterations + iterationsPerEpoch - 1) / Math.max(1, iterationsPerEpoch)
                : config.epochs();
    }

    /** The branch this run came from, or null. */
    public Provenance branchedFrom() {
        return history.stream().filter(p -> p.kind().equals(Provenance.BRANCH)).reduce((a, b) -> b).orElse(null);
    }
}
