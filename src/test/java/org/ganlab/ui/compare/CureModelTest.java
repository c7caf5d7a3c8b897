package org.ganlab.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.lab.LabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run > Cure it without a screen: which remedies a failure offers, and the pair's summary from recorded runs. */
class CureModelTest {
    @TempDir
    Path tmp;

    @Test
    void aFailureOffersItsCuresAndThePairIsSummedUpFromBothRuns() {
        LabViewModel lab = new LabViewModel(BackgroundTasks.synchronous(), tmp.resolve("runs"));
        CureModel cures = new CureModel(lab, BackgroundTasks.synchronous());
        lab.loadPreset(Presets.get("saturating-loss"));
        // R1 ends with D turned round, so Cure it does not offer it (see the pair rule)
        assertThat(cures.remedies()).extracting(Preset::name).containsExactly("remedy-non-saturating", "remedy-hinge");
        Path record = Path.of("resources", "sweep");
        cures.summarise(record.resolve("saturating-loss/seed-1"), record.resolve("remedy-non-saturating/seed-1"));
        assertThat(cures.summaryProperty().get()).startsWith("A: Convergence failure  →  B: Stable")
                .contains("changed: saturatingGenLoss").contains("D(G(z)) 0.0").doesNotContain("digits")
                .doesNotContain("G loss");
    }

    @Test
    void aRunWithNoCureSaysSoAndTrainsNothing() {
        LabViewModel lab = new LabViewModel(BackgroundTasks.synchronous(), tmp.resolve("runs"));
        CureModel cures = new CureModel(lab, BackgroundTasks.synchronous());
        boolean[] compared = {false};
        cures.cure((a, b) -> compared[0] = true);
        assertThat(lab.messageProperty().get()).startsWith("Cure it needs a finished, stopped or opened run");
        lab.openRun(MadeUpRuns.write(tmp.resolve("run"), 2));
        cures.cure((a, b) -> compared[0] = true);
        assertThat(lab.messageProperty().get()).isEqualTo("no remedy preset cures stable; the guide lists each "
                + "failure's cures");
        assertThat(lab.runningProperty().get()).isFalse();
        assertThat(compared[0]).isFalse();
    }
}
