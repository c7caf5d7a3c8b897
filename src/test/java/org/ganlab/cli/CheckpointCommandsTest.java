package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.ganlab.cli.GanLabCliTest.Result;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.Provenance;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunLock;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continue and branch from checkpoints: same numbers as never stopping, and bad input refused with nothing changed. */
class CheckpointCommandsTest {
    private static final String[] TINY = {"--seed", "11", "--set", "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0",
        "--set", "discFilters=8", "--set", "batchSize=16"};

    @TempDir
    Path tmp;

    static Result train(Path out, int epochs, String... more) {
        List<String> args = new ArrayList<>(List.of("train", "--epochs", Integer.toString(epochs), "--out", out.toString()));
        args.addAll(List.of(TINY));
        args.addAll(List.of(more));
        return GanLabCliTest.run(args.toArray(String[]::new));
    }

    /** Every figure of metrics.csv but the clock. */
    static List<String> figures(Path run) throws Exception {
        List<String> rows = new ArrayList<>();
        for (IterationMetrics m : RunFiles.readMetrics(run.resolve(RunFiles.METRICS)).rows()) {
            double[] v = m.values();
            v[Arrays.asList(IterationMetrics.COLUMNS).indexOf("seconds")] = 0; // wall-clock time differs
            rows.add(Arrays.toString(v));
        }
        return rows;
    }

    static Diagnosis diagnosis(Path run) throws Exception {
        return RunDiagnosis.read(run);
    }

    static int[] pixels(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void twoEpochsContinuedByOneEqualThreeInOneGo() throws Exception {
        Path once = tmp.resolve("once");
        Path twice = tmp.resolve("twice");
        assertThat(train(once, 3).status()).isZero();
        assertThat(train(twice, 2).status()).isZero();
        Result r = GanLabCliTest.run("continue", twice.toString(), "--epochs", "1");
        assertThat(r.status()).as(r.err()).isZero();

        assertThat(figures(twice)).hasSize(6).isEqualTo(figures(once));
        for (int e = 1; e <= 3; e++) {
            assertThat(pixels(RunFiles.samples(twice, e))).as("grid of epoch " + e)
                    .isEqualTo(pixels(RunFiles.samples(once, e)));
        }
        // the same verdict and figures too: the earlier epochs' readings carry over, none is measured from 8-bit PNGs
        assertThat(diagnosis(twice)).isEqualTo(diagnosis(once));
        RunRecord record = RunRecords.read(twice.resolve(RunFiles.CONFIG));
        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(record.completedEpochs()).isEqualTo(3);
        assertThat(record.config().epochs()).isEqualTo(3);
        assertThat(record.history()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Provenance.CONTINUE);
            assertThat(p.epoch()).isEqualTo(2);
            assertThat(p.changed()).containsEntry("epochs", "2 -> 3");
        });
    }

    @Test
    void theNewestAndEveryKthCheckpointAreKept() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(train(run, 5, "--set", "checkpointEvery=2").status()).isZero();
        assertThat(CheckpointFile.epochs(run)).containsExactly(2, 4, 5);
    }

    @Test
    void aBranchRecordsItsParentAndWhatChangedAndStartsWithTheParentsEpochs() throws Exception {
        Path parent = tmp.resolve("parent");
        Path branch = tmp.resolve("branch");
        assertThat(train(parent, 3, "--set", "checkpointEvery=1").status()).isZero();
        Result r = GanLabCliTest.run("branch", parent.toString(), "--from-epoch", "2", "--set",
                "discLearningRate=0.001", "--out", branch.toString());
        assertThat(r.status()).as(r.err()).isZero();

        RunRecord record = RunRecords.read(branch.resolve(RunFiles.CONFIG));
        assertThat(record.completedEpochs()).isEqualTo(3);
        assertThat(record.config().discLearningRate()).isEqualTo(0.001);
        Provenance p = record.branchedFrom();
        assertThat(p.parent()).isEqualTo(parent.toAbsolutePath().toString());
        assertThat(p.epoch()).isEqualTo(2);
        assertThat(p.changed()).containsOnlyKeys("discLearningRate");
        List<String> parentRows = figures(parent);
        List<String> branchRows = figures(branch);
        assertThat(branchRows.subList(0, 4)).isEqualTo(parentRows.subList(0, 4));
        assertThat(branchRows.subList(4, 6)).as("the changed D learns differently").isNotEqualTo(parentRows.subList(4, 6));
        assertThat(pixels(RunFiles.samples(branch, 2))).isEqualTo(pixels(RunFiles.samples(parent, 2)));
        assertThat(RunReader.open(parent).record().status()).as("the parent stays as it was")
                .isEqualTo(RunStatus.COMPLETED);
    }

    @Test
    void aKilledRunReadsAsInterruptedAndContinuesFromItsLastCompleteEpoch() throws Exception {
        Path run = tmp.resolve("killed");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.ganlab.cli.GanLabCli", "train", "--epochs", "1000", "--out", run.toString()));
        command.addAll(List.of(TINY));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> Files.exists(RunFiles.checkpoint(run, 2)) || !p.isAlive());
        } finally {
            p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        assertThat(RunFiles.checkpoint(run, 2)).as(Files.readString(tmp.resolve("log"))).exists();

        RunReader.OpenedRun opened = RunReader.open(run);
        int complete = opened.record().completedEpochs();
        assertThat(opened.record().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(opened.record().message()).startsWith("interrupted at epoch " + (complete + 1));
        assertThat(opened.metrics()).hasSizeGreaterThanOrEqualTo(2 * complete);
        List<Integer> kept = CheckpointFile.epochs(run);
        int resumeFrom = kept.get(kept.size() - 1);

        Result diagnosed = GanLabCliTest.run("diagnose", run.toString());
        assertThat(diagnosed.status()).as(diagnosed.err()).isZero();
        assertThat(diagnosed.out()).startsWith("status: interrupted - interrupted at epoch " + (complete + 1))
                .contains("verdict: ");

        Result r = GanLabCliTest.run("continue", run.toString(), "--epochs", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(GanLabCliTest.run("diagnose", run.toString()).out()).startsWith("status: completed")
                .contains("history: continued after epoch " + resumeFrom);
        int newest = CheckpointFile.epochs(run).get(CheckpointFile.epochs(run).size() - 1);
        RunReader.OpenedRun continued = RunReader.open(run);
        assertThat(continued.record().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(continued.metrics()).extracting(IterationMetrics::iteration)
                .isEqualTo(IntStream.rangeClosed(1, 2 * newest).boxed().toList());
        assertThat(continued.epochs()).extracting(EpochGrid::epoch)
                .isEqualTo(IntStream.rangeClosed(1, newest).boxed().toList());
    }

    @Test
    void badCheckpointsAndBranchesAreRefusedWithOneLineAndNothingChanges() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(train(run, 2, "--set", "checkpointEvery=1").status()).isZero();
        Path newest = RunFiles.checkpoint(run, 2);
        byte[] good = Files.readAllBytes(newest);
        Path out = tmp.resolve("branch");

        expectRefused(run, "truncated", () -> Files.write(newest, Arrays.copyOf(good, good.length / 3)),
                "continue", run.toString(), "--epochs", "1");
        expectRefused(run, "checksum does not match", () -> {
            byte[] bad = good.clone();
            bad[bad.length / 2] ^= 1;
            Files.write(newest, bad);
        }, "continue", run.toString(), "--epochs", "1");
        expectRefused(run, "format version 7", () -> {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad, 8, 4).putInt(7);
            Files.write(newest, bad);
        }, "continue", run.toString(), "--epochs", "1");
        Files.write(newest, good);
        expectRefused(run, "--from-epoch: 3 is out of range; " + run + " has epochs 1-2", () -> { },
                "branch", run.toString(), "--from-epoch", "3", "--out", out.toString());
        expectRefused(run, "does not fit these settings: Generator.parameters has shape", () -> { },
                "branch", run.toString(), "--from-epoch", "1", "--set", "latentSize=7", "--set", "epochs=4",
                "--out", out.toString());
        assertThat(out).doesNotExist();
        expectRefused(run, "has no checkpoint to continue from", () -> {
            for (int e : CheckpointFile.epochs(run)) {
                Files.move(RunFiles.checkpoint(run, e), tmp.resolve("saved-" + e));
            }
        }, "continue", run.toString(), "--epochs", "1");
    }

    @Test
    void aRunBeingTrainedIsNeitherContinuedNorCalledInterrupted() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(train(run, 1).status()).isZero();
        try (var lock = RunLock.acquire(run)) {
            expectRefused(run, "is being trained right now", () -> { }, "continue", run.toString(), "--epochs", "1");
        }
        expectRefused(run, "--epochs: continue needs at least 1 more epoch, not 0", () -> { },
                "continue", run.toString(), "--epochs", "0");
    }

    @Test
    void aRunFolderThatCannotBeWrittenIsRefused() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(train(run, 1).status()).isZero();
        File folder = run.toFile();
        assertThat(folder.setWritable(false, false)).isTrue();
        try {
            assumeThat(Files.isWritable(run)).as("this user (root?) can write anywhere").isFalse();
            expectRefused(run, "is not writable; nothing was changed", () -> { },
                    "continue", run.toString(), "--epochs", "1");
        } finally {
            folder.setWritable(true, false);
        }
    }

    interface Damage {
        void apply() throws Exception;
    }

    /** Damages the run, runs the command: status 2, one line containing the words, and no file of the run changed. */
    private void expectRefused(Path run, String words, Damage damage, String... args) throws Exception {
        damage.apply();
        byte[] config = Files.readAllBytes(run.resolve(RunFiles.CONFIG));
        byte[] metrics = Files.readAllBytes(run.resolve(RunFiles.METRICS));
        List<Path> before = listing(run);
        Result r = GanLabCliTest.run(args);
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words);
        assertThat(Files.readAllBytes(run.resolve(RunFiles.CONFIG))).isEqualTo(config);
        assertThat(Files.readAllBytes(run.resolve(RunFiles.METRICS))).isEqualTo(metrics);
        assertThat(listing(run)).isEqualTo(before);
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }
}
