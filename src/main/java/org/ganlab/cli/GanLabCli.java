package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.backend.Backend;
import org.ganlab.backend.OneDnn;
import org.ganlab.config.ConfigException;
import org.ganlab.data.DataException;
import org.ganlab.quality.DigitClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless runner: train, continue, branch, bench and diagnose. Exit status 2 for bad arguments. */
@Command(name = "gan-lab", mixinStandardHelpOptions = true, version = "GAN Lab 0.1",
        description = "Train, benchmark and diagnose GANs without the desktop window.",
        subcommands = {TrainCommand.class, ContinueCommand.class, BranchCommand.class, SweepCommand.class, BenchCommand.class, PlaneCommand.class,
                DiagnoseCommand.class, GifCommand.class, TrainClassifierCommand.class,
                EvaluateClassifierCommand.class, QualityCommand.class, LessonCommand.class})
public final class GanLabCli {
    public static final int BAD_ARGUMENTS = 2;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Backend.prepare();
        // this thread is the process's one thread for native work; once the command has returned, nothing native
        // runs, and oneDNN's objects are closed before the JVM's exit handlers
        int status = run(args);
        OneDnn.close();
        System.exit(status);
    }

    /** Runs a command line and returns its exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given output and error streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GanLabCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("gan-lab: " + e.getMessage() + " (see --help)");
            return BAD_ARGUMENTS;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException ce) {
                commandLine.getErr().println("gan-lab: " + ce.getMessage());
                return BAD_ARGUMENTS;
            }
            if (e instanceof DataException de) { // a data file or folder, named in the message
                commandLine.getErr().println("gan-lab: data: " + de.getMessage());
                return BAD_ARGUMENTS;
            }
            if (e instanceof BadArgumentException be) {
                commandLine.getErr().println("gan-lab: " + be.getMessage());
                return BAD_ARGUMENTS;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The run folder a command was given, or a one-line refusal when it is not a folder. */
    static Path requireFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadArgumentException("DIR: " + dir + " is not a folder");
        }
        return dir;
    }

    /** The digit classifier's weights, or a one-line refusal naming the file. */
    static DigitClassifier classifier(Path model) {
        try {
            return DigitClassifier.load(model);
        } catch (IOException e) {
            throw new BadArgumentException("--model: " + e.getMessage());
        }
    }

    /** A problem with what the user asked for, reported in one line with exit status 2. */
    static final class BadArgumentException extends RuntimeException {
        BadArgumentException(String message) {
            super(message);
        }
    }
}
