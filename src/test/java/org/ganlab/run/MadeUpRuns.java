package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.GridScores;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;

/** Writes a long run through the real writer, without training (made-up figures and grids), for the reader's tests. */
public final class MadeUpRuns {
    private MadeUpRuns() {
    }

    /** A completed run of the given epochs with one iteration each; every grid differs. */
    public static Path write(Path dir, int epochs) {
        ExperimentConfig config = ExperimentConfig.baseline().with(Map.of("epochs", epochs, "iterationsPerEpoch", 1));
        RunWriter writer = new RunWriter(dir, "stable");
        writer.started(RunPlan.images(config, "made up", 100, 1, "backend: test", 1, "G", "D"));
        Random random = new Random(epochs);
        for (int e = 1; e <= epochs; e++) {
            writer.iteration(new IterationMetrics(e, e, 0.7, 0.7, 0.7, 0.5, 0.5, 0.5, 0.5, 1, 1, e));
            float[] pixels = new float[SampleGrid.GRID_IMAGES * 28 * 28];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextFloat() * 2 - 1;
            }
            writer.epoch(new EpochSnapshot(e, e, new SampleGrid(SampleGrid.GRID_IMAGES, 28, 1, pixels), null, null, null,
                    scores(e), null));
        }
        writer.finished(RunStatus.COMPLETED, "completed " + epochs + " epochs");
        assertThat(Files.isRegularFile(RunFiles.samples(dir, epochs))).isTrue();
        return dir;
    }

    /** The scores D gave in epoch {@code e} of a made-up run: a ramp over the grid, the last image not judged. */
    static GridScores scores(int e) {
        float[] fake = new float[SampleGrid.GRID_IMAGES];
        float[] real = new float[SampleGrid.GRID_IMAGES];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = ((i + e) % 100) / 100f;
            real[i] = 1 - fake[i];
        }
        fake[fake.length - 1] = Float.NaN;
        return new GridScores(fake, real);
    }
}
