package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.ganlab.data.PlaneData;
import org.ganlab.train.PlanePreset;
import org.ganlab.train.PlaneSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A playground run saved to a folder and trained on: the same numbers as a run that never stopped, its pictures back
 * for scrubbing, a branch with other settings, and damaged folders named rather than half read.
 */
class PlaneRunFolderTest {
    /** Every stream in use: the batches, the latent points, instance noise, the unrolled steps and the spread input. */
    private static PlaneSettings everyStream(long seed) {
        return PlanePreset.with(PlaneSettings.defaults(PlaneData.RING_8, seed), Map.of("instanceNoise", 0.2,
                "noiseAnneal", 2000, "unrolledSteps", 1, "minibatchStd", true, "hidden", 32));
    }

    @Test
    void aRunSavedAndTrainedOnGivesTheNumbersOfOneThatNeverStopped(@TempDir Path dir) throws IOException {
        Playground straight = new Playground(everyStream(3), 750);
        straight.finish();

        Playground first = new Playground(everyStream(3), 500);
        first.finish();
        PlaneRunFolder.of("plane-stable-ring", first).write(dir.resolve("run"));
        PlaneRunFolder saved = PlaneRunFolder.read(dir.resolve("run"));
        assertThat(saved.preset()).isEqualTo("plane-stable-ring");
        assertThat(saved.settings()).isEqualTo(everyStream(3));
        assertThat(saved.frames()).usingRecursiveFieldByFieldElementComparator().isEqualTo(first.frames());

        Playground resumed = saved.resume(750);
        assertThat(resumed.done()).isEqualTo(500);
        resumed.finish();
        assertThat(resumed.checks()).as("every check, the first two read back and the last trained on")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(straight.checks());
        assertThat(resumed.frame().fake()).as("G's points after the last iteration")
                .isEqualTo(straight.frame().fake());
        assertThat(resumed.speed()).isPositive();
    }

    @Test
    void aBranchChangesWhatTrainsButNotTheNetworks(@TempDir Path dir) throws IOException {
        Playground run = new Playground(PlaneSettings.defaults(PlaneData.RING_8, 4), 250);
        run.finish();
        PlaneRunFolder.of("plane-stable-ring", run).write(dir);
        PlaneRunFolder saved = PlaneRunFolder.read(dir);

        Playground own = saved.resume(500);
        own.finish();
        Playground faster = saved.branch(PlanePreset.with(saved.settings(), Map.of("genLearningRate", 0.003)), 500);
        faster.finish();
        assertThat(faster.checks().get(0)).as("the parent's check").usingRecursiveComparison()
                .isEqualTo(own.checks().get(0));
        assertThat(faster.frame().fake()).as("G three times faster goes elsewhere").isNotEqualTo(own.frame().fake());

        PlaneSettings wider = PlanePreset.with(saved.settings(), Map.of("hidden", 32));
        assertThatThrownBy(() -> saved.branch(wider, 500)).hasMessageStartingWith("hidden:");
        PlaneSettings grid = PlanePreset.with(saved.settings(), Map.of("data", "GRID_25"));
        assertThatThrownBy(() -> saved.branch(grid, 500)).hasMessageStartingWith("data:");
        assertThatThrownBy(() -> saved.resume(100)).hasMessageContaining("at least the 250");
    }

    @Test
    void aDamagedOrHalfFolderIsNamedNotRead(@TempDir Path dir) throws IOException {
        Playground early = new Playground(PlaneSettings.defaults(PlaneData.RING_8, 5), 300);
        assertThatThrownBy(() -> PlaneRunFolder.of("plane-stable-ring", early))
                .hasMessageContaining("after iteration 250");
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("has no plane-run.json");

        early.finish();
        PlaneRunFolder.of("plane-stable-ring", early).write(dir);
        Path pictures = dir.resolve(PlaneRunFolder.PICTURES);
        byte[] whole = Files.readAllBytes(pictures);
        Files.write(pictures, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("pictures.bin is cut short");

        Files.write(pictures, whole);
        assertThat(PlaneRunFolder.read(dir).checks()).hasSize(2);
        Files.writeString(dir.resolve(PlaneRunFolder.RUN), "{\"format\": 1, \"checks\": [");
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("plane-run.json is not a plane run");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("plane-run.json", "pictures.bin", "checkpoint.ckpt");
        }
    }
}
