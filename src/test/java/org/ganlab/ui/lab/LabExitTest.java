package org.ganlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ganlab.cli.ExitMidTrainingTest;
import org.ganlab.records.RunStatus;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab in a JVM of its own (headless Monocle), started with {@code --start} so that it trains at once, and asked
 * to quit mid-training by SIGTERM, which it treats as closing its window: exit status 0, no JVM crash log, and the
 * run in the runs folder says stopped.
 */
class LabExitTest {
    static final int EXITS = 2;

    @TempDir
    Path tmp;

    private static Optional<Path> runIn(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(RunFiles.CONFIG))).findFirst();
        }
    }

    @Test
    void quittingMidTrainingExitsWithStatusZeroAndKeepsTheRunAsStopped() throws Exception {
        List<String> headless = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1280x720-32", "-Djava.awt.headless=true");
        for (int i = 1; i <= EXITS; i++) {
            Path runs = tmp.resolve("runs-" + i);
            Process p = ExitMidTrainingTest.java(tmp, "org.ganlab.ui.app.Launcher", headless, "--runs",
                    runs.toString(), "--preset", "stable", "--start");
            StringBuilder seen = new StringBuilder();
            Path run;
            try {
                ExitMidTrainingTest.readUntil(p, l -> true, seen, 120); // the JVM has started and speaks
                await().atMost(Duration.ofSeconds(120)).until(() -> runIn(runs).isPresent() || !p.isAlive());
                Optional<Path> found = runIn(runs);
                assertThat(found).as("the lab began a run in its runs folder; output:%n%s", seen).isPresent();
                run = found.get();
                // the run folder is written when training begins: a few iterations later it is mid-iteration
                p.waitFor(1500 + 700L * i, TimeUnit.MILLISECONDS);
                assertThat(p.isAlive()).as("still training; output:%n%s", seen).isTrue();
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited within the bounded wait").isTrue();
            } finally {
                p.destroyForcibly();
            }
            assertThat(p.exitValue()).as("exit status of quit %d; output:%n%s", i, seen).isZero();
            assertThat(ExitMidTrainingTest.crashLogs(tmp)).as("JVM crash logs").isEmpty();
            assertThat(RunRecords.read(run.resolve(RunFiles.CONFIG)).status()).as("output:%n%s", seen)
                    .isEqualTo(RunStatus.STOPPED);
        }
    }
}
