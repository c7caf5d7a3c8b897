package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ganlab.records.RunStatus;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asked to exit in the middle of training (SIGTERM, as Ctrl+C or a closing session sends), the headless runner stops
 * at its next safe point, writes the run as stopped with its complete epochs, and exits without a JVM crash log:
 * each time in a JVM of its own, at a different moment of an iteration or of an epoch's end. Before the exit waited
 * for native work, the JVM's exit handlers could free oneDNN's code under a running convolution.
 */
public class ExitMidTrainingTest {
    /** How many JVMs are asked to exit (each about ten seconds). */
    static final int EXITS = 4;

    @TempDir
    Path tmp;

    /**
     * A JVM on this test's class path running {@code main} with {@code args} in the project's folder (where the data
     * is); crash logs and preferences go to {@code dir}.
     */
    public static Process java(Path dir, String main, List<String> jvm, String... args) throws IOException {
        return java(dir, Path.of(System.getProperty("user.dir")), main, jvm, args);
    }

    /** The same JVM started in the working folder {@code workdir}. */
    public static Process java(Path dir, Path workdir, String main, List<String> jvm, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        command.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"));
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true).start();
    }

    /** Reads the process's output until a line matches; everything read is kept in {@code seen}. */
    public static void readUntil(Process p, Predicate<String> line, StringBuilder seen, long seconds) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l; (l = out.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.append(l).append('\n');
                    }
                    if (line.test(l)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(found.get(seconds, TimeUnit.SECONDS)).as("the line awaited; output:\n%s", seen).isTrue();
        // the rest of the output is drained, so that the process never blocks on a full pipe
        CompletableFuture.runAsync(() -> {
            try {
                for (String l; (l = out.readLine()) != null; ) {
                    synchronized (seen) {
                        seen.append(l).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process has ended
            }
        });
    }

    public static List<Path> crashLogs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("(hs_err|replay)_pid.*\\.log")).toList();
        }
    }

    @Test
    void askedToExitMidTrainingTheRunnerStopsTheRunAndExitsWithoutACrash() throws Exception {
        Random moment = new Random(20261204);
        for (int i = 1; i <= EXITS; i++) {
            Path run = tmp.resolve("run-" + i);
            Process p = java(tmp, "org.ganlab.cli.GanLabCli", List.of(), "train", "--preset", "stable", "--epochs",
                    "50", "--seed", Integer.toString(i), "--set", "iterationsPerEpoch=3", "--set", "qualitySamples=0",
                    "--out", run.toString());
            StringBuilder seen = new StringBuilder();
            try {
                // the reference networks, three iterations an epoch: once epoch 1 is written, the next moments are
                // iterations of epoch 2 (native convolutions) and then epoch 2's checkpoint
                readUntil(p, l -> l.contains("[epoch 1 written]"), seen, 120);
                p.waitFor(moment.nextInt(1500), TimeUnit.MILLISECONDS);
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited within the bounded wait").isTrue();
            } finally {
                p.destroyForcibly();
            }
            assertThat(p.exitValue()).as("exit %d: the JVM's status for SIGTERM after its hooks; output:%n%s", i, seen)
                    .isEqualTo(128 + 15);
            assertThat(crashLogs(tmp)).as("JVM crash logs after exit %d", i).isEmpty();
            var record = RunRecords.read(run.resolve(RunFiles.CONFIG));
            assertThat(record.status()).as("exit %d; output:%n%s", i, seen).isEqualTo(RunStatus.STOPPED);
            assertThat(record.completedEpochs()).isGreaterThanOrEqualTo(1);
            assertThat(RunFiles.samples(run, 1)).exists();
        }
    }

    /**
     * Stopped in its first epoch, before any picture was drawn, the run still ends as stopped (its first picture is
     * drawn while the JVM shuts down, which ImageIO's file cache refused) and continue starts it again.
     */
    @Test
    void askedToExitInTheFirstEpochTheRunIsStoppedAndContinueStartsItAgain() throws Exception {
        Path run = tmp.resolve("first-epoch");
        Process p = java(tmp, "org.ganlab.cli.GanLabCli", List.of(), "train", "--preset", "stable", "--epochs", "2",
                "--seed", "7", "--set", "iterationsPerEpoch=40", "--set", "qualitySamples=0", "--out", run.toString());
        StringBuilder seen = new StringBuilder();
        try {
            readUntil(p, l -> l.startsWith("data: "), seen, 120);
            p.destroy(); // SIGTERM, within the first of 40 iterations
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited within the bounded wait").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(crashLogs(tmp)).isEmpty();
        var record = RunRecords.read(run.resolve(RunFiles.CONFIG));
        assertThat(record.status()).as("output:%n%s", seen).isEqualTo(RunStatus.STOPPED);
        assertThat(record.completedEpochs()).isZero();
        assertThat(seen).doesNotContain("Shutdown in progress", "\tat ");

        GanLabCliTest.Result again = GanLabCliTest.run("continue", run.toString(), "--epochs", "1", "--set",
                "iterationsPerEpoch=2");
        assertThat(again.status()).as("continue takes no --set").isEqualTo(GanLabCli.BAD_ARGUMENTS);
        again = GanLabCliTest.run("continue", run.toString(), "--epochs", "1");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("starts again from its first iteration");
        assertThat(RunRecords.read(run.resolve(RunFiles.CONFIG)).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(RunFiles.samples(run, 1)).exists();
    }

    @Test
    void anOutFolderThatCannotBeWrittenIsRefusedInOneLineBeforeAnyWork() {
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = GanLabCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "train", "--out", "/proc/gan-lab-test/x");
        assertThat(status).isEqualTo(GanLabCli.BAD_ARGUMENTS);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("gan-lab: --out: cannot write to /proc/");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds: refused before the data or a model").isLessThan(5);
    }
}
