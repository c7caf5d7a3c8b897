package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.run.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk asked of an epoch whose generator was not kept says which epochs were. */
class LatentWalkTest {
    @TempDir
    Path run;

    @Test
    void aMissingGeneratorNamesTheEpochsThatWereKept() throws IOException {
        ExperimentConfig config = ExperimentConfig.baseline();
        assertThatThrownBy(() -> LatentWalk.walk(config, RunFiles.generator(run, 3), 0, 10, 3, 28, 1))
                .isInstanceOf(IOException.class).hasMessage("epoch-003.bin is missing: this run did not keep the "
                        + "generator");
        Files.createDirectories(RunFiles.generator(run, 10).getParent());
        Files.write(RunFiles.generator(run, 10), new byte[] {1});
        assertThatThrownBy(() -> LatentWalk.walk(config, RunFiles.generator(run, 3), 0, 10, 3, 28, 1))
                .isInstanceOf(IOException.class).hasMessageContaining("kept the generator after epoch 10 only");
    }
}
