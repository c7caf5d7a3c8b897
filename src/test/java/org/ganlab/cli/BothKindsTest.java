package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ganlab.cli.GanLabCliTest.Result;
import org.ganlab.config.DataKind;
import org.ganlab.records.RunStatus;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunRecords;
import org.ganlab.run.RunsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One lab, two kinds of data: a run on images and a run on points train into one runs folder through the same
 * commands, with the same layout (config.json, metrics.csv, checkpoints, diagnosis.json), and are judged, continued
 * and branched the same way; the runs folder lists both.
 */
class BothKindsTest {
    @TempDir
    Path runs;

    private static void ok(Result r) {
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    private RunRecord record(String name) throws Exception {
        return RunRecords.read(runs.resolve(name).resolve(RunFiles.CONFIG));
    }

    @Test
    void aRunOfEachKindTrainsIsJudgedContinuedAndBranchedThroughTheSameCommands() throws Exception {
        ok(CheckpointCommandsTest.train(runs.resolve("images"), 2));
        ok(GanLabCliTest.run("train", "--preset", "plane-stable-ring", "--epochs", "2", "--seed", "4", "--set",
                "hidden=16", "--out", runs.resolve("points").toString()));
        for (String name : new String[] {"images", "points"}) {
            Path run = runs.resolve(name);
            assertThat(run.resolve(RunFiles.CONFIG)).exists();
            assertThat(run.resolve(RunFiles.METRICS)).exists();
            assertThat(RunFiles.checkpoint(run, 2)).exists();
            assertThat(run.resolve("diagnosis.json")).exists();
            assertThat(record(name).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(record(name).completedEpochs()).isEqualTo(2);

            Result judged = GanLabCliTest.run("diagnose", run.toString());
            ok(judged);
            assertThat(judged.out()).contains("status: completed", "verdict: ");

            ok(GanLabCliTest.run("continue", run.toString(), "--epochs", "1"));
            assertThat(record(name).completedEpochs()).isEqualTo(3);
            assertThat(record(name).history()).singleElement().satisfies(p -> assertThat(p.kind())
                    .isEqualTo("continue"));
        }
        assertThat(record("images").kind()).isEqualTo(DataKind.IMAGES);
        assertThat(record("points").kind()).isEqualTo(DataKind.POINTS);
        assertThat(RunFiles.readMetrics(runs.resolve("points").resolve(RunFiles.METRICS)).rows())
                .as("a row per iteration, as for images").hasSize(750);

        ok(GanLabCliTest.run("branch", runs.resolve("points").toString(), "--from-epoch", "2", "--set",
                "genLearningRate=0.003", "--out", runs.resolve("points-branch").toString()));
        RunRecord branch = record("points-branch");
        assertThat(branch.points().genLearningRate()).isEqualTo(0.003);
        assertThat(branch.completedEpochs()).as("from check 2 to the parent's 3").isEqualTo(3);
        assertThat(branch.branchedFrom().epoch()).isEqualTo(2);

        assertThat(new RunsFolder(runs).recentLabelled(10)).extracting(RunsFolder.Recent::label)
                .anySatisfy(l -> assertThat(l).startsWith("plane-stable-ring").endsWith("3 of 3 checks"))
                .anySatisfy(l -> assertThat(l).startsWith("stable").endsWith("3 of 3 epochs"));
        Result wrongKind = GanLabCliTest.run("quality", runs.resolve("points").toString(), "--samples", "10");
        assertThat(wrongKind.status()).isEqualTo(GanLabCli.BAD_ARGUMENTS);
    }

    /**
     * Started in a folder far from the project's, the headless runner still finds what it ships (MNIST, the classifier)
     * and trains and judges a run of each kind there.
     */
    @Test
    void theRunnerWorksFromAnyWorkingFolder(@TempDir Path elsewhere) throws Exception {
        for (String[] run : new String[][] {{"train", "--epochs", "1", "--set", "iterationsPerEpoch=2", "--set",
            "genFilters=8", "--set", "discFilters=8", "--set", "batchSize=16", "--out", "images"},
            {"train", "--preset", "plane-stable-ring", "--epochs", "1", "--set", "hidden=8", "--out", "points"}}) {
            Process p = ExitMidTrainingTest.java(elsewhere, elsewhere, "org.ganlab.cli.GanLabCli", List.of(), run);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        }
        assertThat(RunRecords.read(elsewhere.resolve("images").resolve(RunFiles.CONFIG)).status())
                .isEqualTo(RunStatus.COMPLETED);
        assertThat(RunRecords.read(elsewhere.resolve("points").resolve(RunFiles.CONFIG)).kind())
                .isEqualTo(DataKind.POINTS);
    }
}
