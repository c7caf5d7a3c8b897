package org.ganlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.session.PointsSession;
import org.ganlab.session.Resume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Starts a new run from one epoch's checkpoint of another, with changed settings. */
@Command(name = "branch", description = "Start a new run from an epoch's checkpoint of DIR, with changed settings.")
final class BranchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The run to branch from.")
    Path dir;

    @Option(names = "--from-epoch", required = true, description = "The epoch whose checkpoint the branch starts from (for a "
            + "run on points: its check).")
    int fromEpoch;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting to change, repeatable "
            + "(for example --set discLearningRate=0.0001).")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--out", required = true, description = "The new run directory (must not hold a run already).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var changes = ConfigOverrides.parseAssignments(assignments);
        if (PlaneRunFolder.isRun(dir)) { // a run on points: --from-epoch names a check
            return TrainCommand.resumeToEnd(out, () -> PointsSession.branch(dir, fromEpoch, changes, null, out),
                    spec.commandLine().getErr());
        }
        return TrainCommand.resumeToEnd(out, () -> Resume.branch(dir, fromEpoch, changes, out),
                spec.commandLine().getErr());
    }
}
