package org.ganlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.run.ProgressionGif;
import org.ganlab.run.RunReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a run's progression as an animated GIF, as the lab's File > Export does. */
@Command(name = "gif", description = "Write a run's progression as an animated GIF: one frame per epoch.")
final class GifCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A run directory written by train or by the lab.")
    Path dir;

    @Option(names = "--out", required = true, description = "The GIF file to write.")
    Path out;

    @Option(names = "--curves", description = "Draw the loss and accuracy curves up to each epoch beside its grid.")
    boolean curves;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GanLabCli.requireFolder(dir);
        OutFolder target = OutFolder.forFile("--out", out);
        RunReader.OpenedRun run;
        try {
            run = RunReader.open(dir);
        } catch (IOException e) {
            target.discardIfUnused();
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        run.problems().forEach(p -> spec.commandLine().getErr().println("gan-lab: note: " + p));
        if (run.epochs().isEmpty()) {
            target.discardIfUnused();
            throw new GanLabCli.BadArgumentException("DIR: " + dir + " has no epoch with a sample grid yet");
        }
        ProgressionGif.write(out, run.epochs(), curves ? run.metrics() : null);
        spec.commandLine().getOut().println("wrote " + out + " (" + run.epochs().size() + " frames)");
        return 0;
    }
}
