package org.ganlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.DataException;
import org.ganlab.data.ImageDataset;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunWriter;
import org.ganlab.records.RunStatus;
import org.ganlab.train.Trainer;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains one run and writes its run directory; progress and ETA go to stderr. */
@Command(name = "train", description = "Train one run and write its run directory.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    ExperimentOptions experiment = new ExperimentOptions();

    @Option(names = "--out", required = true, description = "Run directory to write (must not hold a run already).")
    Path out;

    @Option(names = "--keep-generator", description = "Also save G's parameters after each epoch (for latent walks).")
    boolean keepGenerator;

    @Override
    public Integer call() throws Exception {
        // everything that can be wrong with the arguments is found before anything is written
        ExperimentConfig config = experiment.resolve();
        if (Files.exists(out.resolve(RunFiles.CONFIG))) {
            throw new GanLabCli.BadArgumentException("--out: " + out + " already holds a run; choose a new folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new GanLabCli.BadArgumentException("--out: " + out + " is a file, not a folder");
        }
        ImageDataset data;
        try {
            data = Datasets.load(config);
        } catch (DataException e) {
            throw new GanLabCli.BadArgumentException("data: " + e.getMessage());
        }
        Trainer trainer = new Trainer(config, data, keepGenerator);
        System.err.println(trainer.plan().backend());
        System.err.println("data: " + data);
        return trainToEnd(out, (listener, control) -> trainer.train(
                TrainingListener.all(new RunWriter(out, experiment.preset), listener), control));
    }

    /** Something that trains into a run folder, reporting to the listener, until done or stopped. */
    interface Training {
        RunStatus train(TrainingListener listener, TrainingControl control);
    }

    /** Plans a continuation or a branch (see {@link org.ganlab.session.Resume}). */
    interface Resumption {
        org.ganlab.session.Resume.Prepared prepare() throws org.ganlab.session.Resume.ResumeException;
    }

    /** Plans a continuation or branch (bad input: one line, status 2, nothing written), then trains it to the end. */
    static int resumeToEnd(Path out, Resumption resumption) throws java.io.IOException {
        org.ganlab.session.Resume.Prepared prepared;
        try {
            prepared = resumption.prepare();
        } catch (org.ganlab.session.Resume.ResumeException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        System.err.println(prepared.trainer().plan().backend());
        System.err.println(prepared.step().describe() + "; training to epoch " + prepared.config().epochs());
        return trainToEnd(out, prepared::train);
    }

    /**
     * Trains with progress on stderr, stops cleanly (completed epochs kept) when the process is asked to end, then
     * diagnoses the run folder. Returns the exit status: 1 when training failed, else 0.
     */
    static int trainToEnd(Path out, Training training) throws java.io.IOException {
        TrainingControl control = new TrainingControl();
        Thread shutdown = new Thread(control::stop, "stop-on-exit");
        Runtime.getRuntime().addShutdownHook(shutdown);
        RunStatus status = training.train(new ProgressReport(System.err), control);
        Runtime.getRuntime().removeShutdownHook(shutdown);
        if (status != RunStatus.FAILED) {
            var diagnosis = org.ganlab.diagnosis.RunDiagnosis.diagnose(out);
            System.err.println("diagnosis: " + diagnosis.summary());
        }
        System.err.println("run written to " + out.toAbsolutePath() + " (" + status.name().toLowerCase() + ")");
        return status == RunStatus.FAILED ? 1 : 0;
    }
}
