package org.ganlab.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Compare takes runs of either kind: runs on images side by side in its own window, a run on points handed to the
 * playground, beside the other side's run when that is on points too.
 */
class CompareModelTest {
    @TempDir
    Path tmp;

    @Test
    void aRunOnPointsIsComparedInThePlaygroundAndARunOnImagesHere() throws Exception {
        Path first = trainOnPoints("first", 3);
        Path second = trainOnPoints("second", 4);
        Path images = MadeUpRuns.write(tmp.resolve("images"), 2);
        List<List<Path>> handed = new ArrayList<>();
        CompareModel model = new CompareModel(BackgroundTasks.synchronous(), (run, beside) ->
                handed.add(Arrays.asList(run, beside)));

        model.load(0, first);
        assertThat(handed).containsExactly(Arrays.asList(first, null));
        assertThat(model.runProperty(0).get()).as("nothing drawn here for a run on points").isNull();
        assertThat(model.titleProperty(0).get()).contains("a run on points, compared in the playground");

        model.load(1, second);
        assertThat(handed.get(1)).as("A opened, B beside it").containsExactly(first, second);

        model.load(1, images);
        assertThat(handed).as("a run on images stays here").hasSize(2);
        assertThat(model.runProperty(1).get()).isNotNull();
        assertThat(model.runProperty(1).get().epochs()).hasSize(2);
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
