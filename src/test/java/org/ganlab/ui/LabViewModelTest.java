package org.ganlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.run.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's view model without a screen: its background work runs at once through synchronous tasks. */
class LabViewModelTest {
    @TempDir
    Path tmp;

    private final LabViewModel model = new LabViewModel(BackgroundTasks.synchronous());

    @Test
    void openingARunShowsItsEpochsAndJudgesIt() {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        model.openRun(run);
        assertThat(model.metrics()).hasSize(3);
        assertThat(model.epochs()).extracting(e -> e.epoch()).containsExactly(1, 2, 3);
        assertThat(model.selectedEpochProperty().get()).isEqualTo(3);
        assertThat(model.runTitleProperty().get()).isEqualTo("stable (run)");
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
        model.continueRun(5);
        assertThat(model.messageProperty().get()).isEqualTo(run + " has no checkpoint to continue from (runs recorded "
                + "before GAN Lab kept checkpoints cannot be continued)");
        assertThat(model.runningProperty().get()).isFalse();
        model.prepareBranch(1);
        assertThat(model.branchFromProperty().get()).isZero();
        assertThat(model.messageProperty().get()).startsWith("epoch 1 has no checkpoint to branch from");
    }
}
