package org.ganlab.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.session.PointsSession;
import org.ganlab.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compare takes runs of either kind in one window: a run on points with its curves, its checks' pictures and the
 * verdict its checks give, beside a run on images with its grids.
 */
class CompareModelTest {
    @TempDir
    Path tmp;

    @Test
    void runsOfEitherKindAreComparedSideBySide() throws Exception {
        Path points = trainOnPoints("points", 3);
        Path images = MadeUpRuns.write(tmp.resolve("images"), 2);
        CompareModel model = new CompareModel(BackgroundTasks.synchronous());

        model.load(0, points);
        CompareModel.Shown a = model.runProperty(0).get();
        assertThat(a).as("a run on points drawn here").isNotNull();
        assertThat(a.checks()).as("a picture per check: 500 iterations, a check every 250").hasSize(2);
        assertThat(a.pictured()).containsExactly(1, 2);
        assertThat(a.metrics()).as("its curves").hasSize(500);
        assertThat(a.iterationsPerEpoch()).isEqualTo(PlaneSettings.CHECK_EVERY);
        assertThat(model.titleProperty(0).get()).contains("points").contains("plane-stable-ring")
                .containsAnyOf("Stable", "Too early", "Mode collapse", "Oscillation", "Convergence failure");

        model.load(1, images);
        CompareModel.Shown b = model.runProperty(1).get();
        assertThat(b.epochs()).hasSize(2);
        assertThat(b.checks()).isEmpty();
        assertThat(b.pictured()).containsExactly(1, 2);
    }

    private Path trainOnPoints(String name, long seed) throws Exception {
        Path dir = tmp.resolve(name);
        PlaneSettings settings = new PlaneSettings(PlaneData.RING_8, 2, 16, 2, 1e-3, 1e-3, 64, 1, 1,
                false, 1, false, 0, 0, 0, 0, false, 0, "bce", null, null, null, null, seed);
        PointsSession.create(settings, "plane-stable-ring", 500, dir).train(TrainingListener.all(),
                new TrainingControl());
        return dir;
    }
}
