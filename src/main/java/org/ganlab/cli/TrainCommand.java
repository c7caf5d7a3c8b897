package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganlab.config.Catalogue;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlaneSettings;
import org.ganlab.data.DataException;
import org.ganlab.data.ImageFolders;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.run.RunFiles;
import org.ganlab.session.Resume;
import org.ganlab.session.PointsSession;
import org.ganlab.session.RunSession;
import org.ganlab.session.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains one run and writes its run directory; progress and ETA go to stderr. */
@Command(name = "train", description = "Train one run and write its run directory.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ExperimentOptions experiment = new ExperimentOptions();

    @Option(names = "--out", required = true, description = "Run directory to write (must not hold a run already).")
    Path out;

    @Spec
    CommandSpec spec;

    @Option(names = "--keep-generator", description = "Also save G's parameters after each epoch (for latent walks).")
    boolean keepGenerator;

    @Override
    public Integer call() throws Exception {
        // everything that can be wrong with the arguments is found before anything is written
        if (Catalogue.get(experiment.preset) instanceof PlanePreset points) {
            return trainPoints(points);
        }
        ExperimentConfig config = experiment.resolve();
        OutFolder folder = newRunFolder();
        RunSession session;
        try {
            session = RunSession.create(config, experiment.preset, out, keepGenerator, decodingLine(err()));
        } catch (DataException e) {
            folder.discardIfUnused();
            throw new GanLabCli.BadArgumentException("data: " + e.getMessage());
        } catch (IOException | RuntimeException e) { // refused settings (a batch beyond the data): nothing is left
            folder.discardIfUnused();
            throw e;
        }
        return trainToEnd(out, session, err(), session.plan().backend(),
                "data: " + session.data() + (session.dataNote().isEmpty() ? "" : "; " + session.dataNote()));
    }

    /** The folder of a new run: not one that holds a run (or any file) already; checked and made. */
    private OutFolder newRunFolder() {
        if (Files.exists(out.resolve(RunFiles.CONFIG))) {
            throw new GanLabCli.BadArgumentException("--out: " + out + " already holds a run; choose a new folder");
        }
        return OutFolder.forNewRun("--out", out);
    }

    /** A preset on points: its settings with --seed and --set, for its iterations or --epochs checks. */
    private int trainPoints(PlanePreset preset) {
        PlaneSettings settings = experiment.pointSettings(preset);
        int iterations = experiment.epochs == null ? preset.iterations() : experiment.epochs * PlaneSettings.CHECK_EVERY;
        if (iterations < 1 || iterations > PlaneSettings.MAX_ITERATIONS) {
            throw new GanLabCli.BadArgumentException("--epochs: a run on points takes 1 to "
                    + PlaneSettings.MAX_ITERATIONS / PlaneSettings.CHECK_EVERY + " checks of "
                    + PlaneSettings.CHECK_EVERY + " iterations, not " + experiment.epochs);
        }
        newRunFolder();
        PointsSession session = PointsSession.create(settings, preset.name(), iterations, out);
        return trainToEnd(out, session, err(), session.plan().backend(),
                "data: " + session.plan().datasetDescription() + ", points in the plane; " + session.describe());
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Decoding a picture folder, one line per tenth: "decoding pictures: 40% (800 of 2000)". */
    static ImageFolders.Progress decodingLine(PrintWriter err) {
        AtomicInteger shown = new AtomicInteger(-1);
        return (done, total) -> {
            int tenth = (int) (10L * done / total);
            // decoding threads race: only a thread that raises the mark prints, so no tenth prints twice or out of order
            if (shown.getAndAccumulate(tenth, Math::max) < tenth) {
                err.printf("decoding pictures: %d%% (%d of %d)%n", 10 * tenth, done, total);
            }
        };
    }

    /** Plans a continuation or branch of either kind (see {@link Resume}, {@link PointsSession}). */
    interface Resumption {
        Training prepare() throws Resume.ResumeException;
    }

    /** Plans a continuation or branch (bad input: one line, status 2, nothing written), then trains it to the end. */
    static int resumeToEnd(Path out, Resumption resumption, PrintWriter err) {
        OutFolder folder = OutFolder.writable("--out", out);
        Training prepared;
        try {
            prepared = resumption.prepare();
        } catch (Resume.ResumeException e) {
            folder.discardIfUnused();
            throw new GanLabCli.BadArgumentException(e.getMessage());
        } catch (RuntimeException e) {
            folder.discardIfUnused();
            throw e;
        }
        List<String> announce = new ArrayList<>();
        announce.add(prepared.plan().backend());
        prepared.notes().forEach(n -> announce.add("note: " + n));
        announce.add(prepared.describe());
        return trainToEnd(out, prepared, err, announce.toArray(String[]::new));
    }

    /**
     * Trains with progress on stderr, stops cleanly (completed epochs kept) when the process is asked to end, and
     * prints the verdict the session wrote. Returns the exit status: 1 when training failed, else 0.
     */
    static int trainToEnd(Path out, Training session, PrintWriter err, String... announce) {
        TrainingControl control = new TrainingControl();
        RunStatus status;
        // the answer to Ctrl+C is in place before the run is announced: one stopped as soon as it is seen still ends
        // as a stopped run in its folder
        try (StopOnExit exit = StopOnExit.install(control)) {
            for (String line : announce) {
                err.println(line);
            }
            status = session.train(new ProgressReport(err), control);
        }
        if (session.diagnosis() != null) {
            err.println("diagnosis: " + session.diagnosis().summary());
        }
        err.println("run written to " + out.toAbsolutePath() + " (" + status.name().toLowerCase(Locale.ROOT) + ")");
        return status == RunStatus.FAILED ? 1 : 0;
    }
}
