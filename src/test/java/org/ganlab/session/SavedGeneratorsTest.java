package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkFile;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.SampleGrid;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.RunFiles;
import org.ganlab.train.LatentWalk;
import org.ganlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A latent walk finds G in a checkpoint or a kept generator file, and names the epochs kept when neither is there. */
class SavedGeneratorsTest {
    @TempDir
    Path run;

    @Test
    void aMissingGeneratorNamesTheEpochsThatWereKept() throws IOException {
        assertThatThrownBy(() -> SavedGenerators.after(run, 3)).isInstanceOf(IOException.class)
                .hasMessage("the generator after epoch 3 was not kept: this run kept neither checkpoints nor the generator");
        Files.createDirectories(RunFiles.generator(run, 10).getParent());
        Files.write(RunFiles.generator(run, 10), new byte[] {1});
        Files.createDirectories(RunFiles.checkpoint(run, 5).getParent());
        Files.write(RunFiles.checkpoint(run, 5), new byte[] {1});
        assertThatThrownBy(() -> SavedGenerators.after(run, 3)).hasMessageEndingWith("kept it after epoch 5, 10 only");
    }

    @Test
    void aWalkFromACheckpointDrawsWithTheTrainedGenerator() throws IOException {
        ExperimentConfig c = ExperimentConfig.baseline().with(Map.of("genFilters", 8, "discFilters", 8, "batchSize", 16,
                "epochs", 2, "iterationsPerEpoch", 2, "latentSize", 4));
        Trainer t = new Trainer(c, Datasets.load(c));
        t.train(new TrainingListener() { }, new TrainingControl());
        CheckpointFile.write(RunFiles.checkpoint(run, 2), t.checkpoint(2, 4, 1.0));

        SampleGrid walk = LatentWalk.walk(c, SavedGenerators.after(run, 2), 1, 5, 3, 28, 1);
        // the same walk with the trainer's own G, handed over as it is in memory
        SampleGrid direct = LatentWalk.walk(c, g -> g.parameters().assign(t.generator().parameters()), 1, 5, 3, 28, 1);
        SampleGrid untrained = LatentWalk.walk(c, g -> { }, 1, 5, 3, 28, 1);
        assertThat(walk.count()).isEqualTo(5);
        assertThat(walk.pixels()).isEqualTo(direct.pixels()).isNotEqualTo(untrained.pixels());
    }

    @Test
    void aTruncatedGeneratorFileIsReportedNotDrawn() throws IOException {
        ExperimentConfig c = ExperimentConfig.baseline().with(Map.of("genFilters", 8, "latentSize", 4));
        Path file = RunFiles.generator(run, 1);
        Files.createDirectories(file.getParent());
        var g = new Generator(NetworkSpec.generator(c, 28, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            NetworkFile.write(g, out);
        }
        Files.write(file, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        assertThatThrownBy(() -> LatentWalk.walk(c, SavedGenerators.after(run, 1), 0, 5, 3, 28, 1))
                .isInstanceOf(IOException.class).hasMessageEndingWith("epoch-001.bin is truncated");
    }
}
