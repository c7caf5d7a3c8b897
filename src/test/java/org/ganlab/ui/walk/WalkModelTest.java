package org.ganlab.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.ganlab.cli.GanLabCli;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.ganlab.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latent walk's state without a screen: its work runs at once through synchronous tasks. */
class WalkModelTest {
    @TempDir
    Path tmp;

    @Test
    void aWalkShowsTenImagesAlongTheDimensionAndSaysWhereItWent() throws Exception {
        Path run = tmp.resolve("run");
        StringWriter err = new StringWriter();
        int status = GanLabCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "train", "--epochs",
                "1", "--set", "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "discFilters=8", "--set",
                "batchSize=16", "--set", "qualitySamples=0", "--out", run.toString());
        assertThat(status).as(err.toString()).isZero();
        var config = RunRecords.read(run.resolve(RunFiles.CONFIG)).config();

        WalkModel walk = new WalkModel(BackgroundTasks.synchronous(), run, config, 1);
        walk.walk(3, 0);
        assertThat(walk.shownProperty().get().count()).isEqualTo(WalkModel.STEPS);
        assertThat(walk.statusProperty().get()).isEqualTo("left: dimension 3 = -3.0   right: +3.0");
        var three = walk.shownProperty().get();
        walk.walk(4, 0);
        assertThat(walk.shownProperty().get().pixels()).as("another dimension, another strip")
                .isNotEqualTo(three.pixels());

        WalkModel missing = new WalkModel(BackgroundTasks.synchronous(), run, config, 2);
        missing.walk(0, 0);
        assertThat(missing.shownProperty().get()).isNull();
        assertThat(missing.statusProperty().get()).startsWith("cannot walk: the generator after epoch 2 was not kept");
    }
}
