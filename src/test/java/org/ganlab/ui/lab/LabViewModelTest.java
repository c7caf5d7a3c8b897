package org.ganlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.run.RunFiles;
import org.ganlab.ui.common.BackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's view model without a screen: its background work runs at once through synchronous tasks. */
class LabViewModelTest {
    @TempDir
    Path tmp;
    private LabViewModel model;

    /** The model trains into this test's own runs folder. */
    @BeforeEach
    void model() {
        model = new LabViewModel(BackgroundTasks.synchronous(), tmp.resolve("runs"));
    }

    @Test
    void openingARunShowsItsEpochsAndJudgesIt() {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        model.openRun(run);
        assertThat(model.shown().metrics()).hasSize(3);
        assertThat(model.shown().epochs()).extracting(e -> e.epoch()).containsExactly(1, 2, 3);
        assertThat(model.shown().selectedEpochProperty().get()).isEqualTo(3);
        assertThat(model.shown().titleProperty().get()).isEqualTo("stable (run)");
        assertThat(model.messageProperty().get()).isEqualTo("opened " + run);
        assertThat(model.diagnosisProperty().get()).as("judged once opened").isNotNull();
        assertThat(model.diagnosisProperty().get().epochs()).hasSize(3);
        assertThat(model.shownRun()).isEqualTo(run);
    }

    @Test
    void aFolderThatIsNotARunIsRefusedInWords() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        model.openRun(empty);
        assertThat(model.messageProperty().get()).startsWith("cannot open " + empty).contains("not a GAN Lab run");
        assertThat(model.shownRun()).isNull();
    }

    @Test
    void savingCopiesTheRunAndRefusesAFolderThatIsNotEmpty() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 2);
        model.openRun(run);
        String[] said = new String[1];
        Path copy = tmp.resolve("copy");
        model.saveRun(copy, text -> said[0] = text);
        assertThat(said[0]).isEqualTo("saved to " + copy);
        assertThat(Files.readAllBytes(RunFiles.samples(copy, 2))).isEqualTo(Files.readAllBytes(RunFiles.samples(run, 2)));
        model.saveRun(copy, text -> said[0] = text);
        assertThat(said[0]).isEqualTo("could not save to " + copy + ": the folder is not empty");
    }

    @Test
    void continuingARunWithoutACheckpointSaysSoAndTrainsNothing() {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 2);
        model.openRun(run);
        model.training().branching().continueRun(5);
        assertThat(model.messageProperty().get()).isEqualTo(run + " has no checkpoint to continue from (runs recorded "
                + "before GAN Lab kept checkpoints cannot be continued)");
        assertThat(model.runningProperty().get()).isFalse();
        model.training().branching().prepareBranch(1);
        assertThat(model.training().branching().branchFromProperty().get()).isZero();
        assertThat(model.messageProperty().get()).startsWith("epoch 1 has no checkpoint to branch from");
    }

    /** A run of two epochs of two iterations on small networks, as the settings editor would set it. */
    private void tinySettings(int epochs) {
        model.set("iterationsPerEpoch", 2);
        model.set("qualitySamples", 0);
        model.set("genFilters", 8);
        model.set("discFilters", 8);
        model.set("batchSize", 16);
        model.set("seed", 11);
        model.set("epochs", epochs);
        assertThat(model.settings().problems()).isEmpty();
    }

    @Test
    void aRunTrainsOntoTheScreenAndItsFolderIsCompleteWhenItEnds() throws Exception {
        tinySettings(2);
        model.start(); // synchronous: the whole run trains here; the screen hears of it at the next pulse
        assertThat(model.shown().metrics()).isEmpty();
        model.training().pulse();
        assertThat(model.shown().metrics()).extracting(m -> m.iteration()).containsExactly(1, 2, 3, 4);
        assertThat(model.shown().epochs()).extracting(e -> e.epoch()).containsExactly(1, 2);
        assertThat(model.shown().selectedEpochProperty().get()).as("the newest epoch is followed").isEqualTo(2);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.shown().titleProperty().get()).isEqualTo("stable (completed)");
        assertThat(model.training().progressTextProperty().get()).startsWith("epoch 2/2 · iteration 4/4");
        assertThat(model.diagnosisProperty().get().epochs()).hasSize(2);
        Path dir = model.shownRun();
        assertThat(dir.resolve(RunFiles.METRICS)).exists();
        assertThat(dir.resolve(RunDiagnosis.FILE)).as("written before the end is heard").exists();
        // the screen and the folder judge the same grids, as drawn
        var written = RunDiagnosis.read(dir);
        assertThat(written).isEqualTo(model.diagnosisProperty().get());
    }

    @Test
    void continuingKeepsTheEarlierEpochsAndABranchStartsFromTheChosenOne() throws Exception {
        tinySettings(2);
        model.start();
        model.training().pulse();
        Path parent = model.shownRun();
        model.training().branching().continueRun(1);
        model.training().pulse();
        assertThat(model.shownRun()).isEqualTo(parent);
        assertThat(model.shown().metrics()).hasSize(6);
        assertThat(model.shown().epochs()).extracting(e -> e.epoch()).containsExactly(1, 2, 3);
        assertThat(model.shown().titleProperty().get()).isEqualTo("stable (completed)");

        model.training().branching().prepareBranch(1);
        assertThat(model.training().branching().branchFromProperty().get()).isEqualTo(1);
        assertThat(model.configProperty().get().epochs()).as("the run's settings, to train on").isEqualTo(3);
        model.set("discLearningRate", 0.001);
        model.start();
        model.training().pulse();
        assertThat(model.shownRun()).isNotEqualTo(parent);
        assertThat(model.training().branching().branchFromProperty().get()).isZero();
        assertThat(model.shown().metrics()).hasSize(6);
        assertThat(model.shown().metrics().subList(0, 2)).as("epoch 1 is the parent's")
                .isEqualTo(RunFiles.readMetrics(parent.resolve(RunFiles.METRICS)).rows().subList(0, 2));
        assertThat(model.shown().epochs()).extracting(e -> e.epoch()).containsExactly(1, 2, 3);
        assertThat(model.configProperty().get().discLearningRate()).isEqualTo(0.001);
    }

    @Test
    void theQualityMeasuresOfEachEpochReachTheScreenAndComeBackWhenTheRunIsOpened() {
        tinySettings(2);
        model.set("qualitySamples", 50);
        model.start();
        model.training().pulse();
        assertThat(model.shown().quality()).extracting(r -> r.epoch()).containsExactly(1, 2);
        assertThat(model.shown().qualityReal().frechetDistance()).as("real images scored alike, for the chart").isPositive();
        Path dir = model.shownRun();
        var shown = List.copyOf(model.shown().quality());

        LabViewModel other = new LabViewModel(BackgroundTasks.synchronous(), tmp.resolve("runs"));
        other.openRun(dir);
        assertThat(other.shown().quality()).extracting(r -> r.epoch()).containsExactly(1, 2);
        assertThat(other.shown().quality().get(1).frechetDistance()).isCloseTo(shown.get(1).frechetDistance(),
                Assertions.within(1e-3));
        // the digit histogram beside the grid comes back too (digits.csv): every sample read as some digit
        assertThat(other.shown().quality().get(1).histogram()).isEqualTo(shown.get(1).histogram());
        assertThat(Arrays.stream(other.shown().quality().get(1).histogram()).sum()).isEqualTo(50);
    }
}
