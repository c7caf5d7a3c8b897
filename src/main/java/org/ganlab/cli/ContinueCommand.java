package org.ganlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.session.PointsSession;
import org.ganlab.session.Resume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Appends epochs to a run from its newest checkpoint (a finished, stopped or interrupted run). */
@Command(name = "continue", description = "Train a run on for more epochs from its newest checkpoint, in its own folder.")
final class ContinueCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The run directory to continue.")
    Path dir;

    @Option(names = "--epochs", required = true, description = "How many epochs to add after the newest checkpoint (for a run on points: "
            + "checks of 250 iterations).")
    int epochs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (PlaneRunFolder.isRun(dir)) { // a run on points: --epochs counts its checks
            return TrainCommand.resumeToEnd(dir, () -> PointsSession.continueFor(dir, epochs),
                    spec.commandLine().getErr());
        }
        return TrainCommand.resumeToEnd(dir, () -> Resume.continueRun(dir, epochs),
                spec.commandLine().getErr());
    }
}
