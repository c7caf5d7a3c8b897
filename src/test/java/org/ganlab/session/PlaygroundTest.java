package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.Pointer;
import org.ganlab.backend.NativeGarbage;
import org.ganlab.config.Json;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.junit.jupiter.api.Test;

/** A playground run: checks at their iterations, a picture for each, and looking at it does not change it. */
class PlaygroundTest {
    @Test
    void checksComeEveryFewHundredIterationsEachWithItsPicture() {
        Playground run = new Playground(PlaneSettings.defaults(PlaneData.RING_8, 2), 600);
        run.finish();
        assertThat(run.checks()).extracting(PlaneCheck::iteration).containsExactly(250, 500, 600);
        assertThat(run.frames()).extracting(PlaneFrame::iteration).containsExactly(250, 500, 600);
        PlaneFrame f = run.frames().get(2);
        assertThat(f.field()).hasSize(Playground.FIELD * Playground.FIELD);
        assertThat(f.fake()).hasSize(2 * Playground.SHOWN);
        assertThat(f.push()).hasSize(f.fake().length);
        assertThat(f.mesh()).hasSize(2 * Playground.MESH * Playground.MESH);
        assertThat(f.extent()).isEqualTo(PlaneData.RING_8.extent());
        assertThat(run.speed()).isPositive();
    }

    @Test
    void drawingPicturesWhileTrainingDoesNotChangeTheRun() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 3);
        Playground watched = new Playground(s, 500);
        Playground alone = new Playground(s, 500);
        while (!watched.finished()) {
            watched.advance(5_000_000L); // a picture every few milliseconds
        }
        alone.finish();
        List<PlaneCheck> a = watched.checks();
        List<PlaneCheck> b = alone.checks();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).gLoss()).isEqualTo(b.get(i).gLoss());
            assertThat(a.get(i).measures().histogram()).isEqualTo(b.get(i).measures().histogram());
        }
    }

    /** Stepping one update at a time, with a picture after each, trains the same run as training straight through. */
    @Test
    void steppingOneUpdateAtATimeTrainsTheSameRun() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 4);
        Playground stepped = new Playground(s, 260);
        Playground straight = new Playground(s, 260);
        for (int i = 1; i <= 260; i++) {
            stepped.step(1);
            assertThat(stepped.done()).isEqualTo(i);
            stepped.frame();
        }
        assertThat(stepped.finished()).isTrue();
        straight.finish();
        assertThat(stepped.checks()).hasSameSizeAs(straight.checks());
        assertThat(stepped.checks().get(0).gLoss()).isEqualTo(straight.checks().get(0).gLoss());
        assertThat(stepped.checks().get(0).measures().histogram())
                .isEqualTo(straight.checks().get(0).measures().histogram());
    }

    /**
     * A student steps D's update, then G's, one at a time: each says which network it trained and what changed (D's
     * judgement and not G's points, then G's points and not D's judgement of the real), and a run stepped so, with a
     * picture after every update, is the run trained straight, checks included.
     */
    @Test
    void steppingDThenGOneUpdateAtATimeShowsWhatEachChangedAndTrainsTheSameRun() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 5).with(Map.of("discSteps", 2));
        Playground stepped = new Playground(s, 251);
        Playground straight = new Playground(s, 251);
        List<PlaneUpdate> updates = new ArrayList<>();
        PlaneUpdate u;
        while ((u = stepped.update()) != null) {
            updates.add(u);
            stepped.frame();
        }
        assertThat(updates).hasSize(3 * 251);
        assertThat(updates.subList(0, 3)).extracting(PlaneUpdate::player, PlaneUpdate::number, PlaneUpdate::of,
                PlaneUpdate::iteration).containsExactly(tuple(Player.D, 1, 2, 1),
                tuple(Player.D, 2, 2, 1), tuple(Player.G, 1, 1, 1));
        assertThat(updates.get(3).iteration()).isEqualTo(2);
        PlaneUpdate d = updates.get(0);
        assertThat(d.meanMove()).as("a D update leaves G's points where they were").isZero();
        assertThat(d.realAfter()).as("D's judgement of the real moves").isNotEqualTo(d.realBefore());
        PlaneUpdate g = updates.get(2);
        assertThat(g.meanMove()).as("a G update moves G's points").isPositive();
        assertThat(g.largestMove()).isGreaterThanOrEqualTo(g.meanMove());
        assertThat(g.realAfter()).as("and leaves D's judgement of the real as it was").isEqualTo(g.realBefore());
        assertThat(g.describe()).startsWith("G update (iteration 1): G's points moved");
        assertThat(d.describe()).startsWith("D update 1 of 2 (iteration 1)");
        assertThat(stepped.finished()).isTrue();
        straight.finish();
        assertThat(stepped.checks()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(stepped.checks().get(i).gLoss()).isEqualTo(straight.checks().get(i).gLoss());
            assertThat(stepped.checks().get(i).measures().histogram())
                    .isEqualTo(straight.checks().get(i).measures().histogram());
        }
    }

    /**
     * Runs one after another in one process (a lesson with the playground open) leave no pile of native memory: the
     * steps' arrays live in reused workspaces and the rest is collected as it grows. Without either, two runs of
     * 3,000 iterations grew the process by about 5 GB; with the workspaces alone, by about 1.1 GB.
     */
    @Test
    void runAfterRunTheProcessDoesNotGrowWithoutBound() {
        PlaneSettings s = PlaneSettings.defaults(PlaneData.RING_8, 7);
        new Playground(s, 300).finish(); // the workspaces and the code paths in place
        long before = Pointer.physicalBytes();
        for (int run = 0; run < 2; run++) {
            new Playground(s, 3000).finish();
        }
        long grownMb = (Pointer.physicalBytes() - before) >> 20;
        assertThat(grownMb).as("growth over two runs, MB").isLessThan((NativeGarbage.ALLOWANCE >> 20) + 400);
    }

    /** A remedy differs from the failure it cures in the remedy alone, with the same number of iterations. */
    @Test
    void everyPlanePresetLoadsAndEveryCureChangesOnlyItsRemedy() {
        assertThat(PlanePresets.all()).isNotEmpty();
        for (PlanePreset remedy : PlanePresets.all()) {
            assertThat(remedy.settings(1).problem()).as(remedy.name()).isEmpty();
            if (remedy.cures() == null) {
                continue;
            }
            PlanePreset failure = PlanePresets.get(remedy.cures());
            assertThat(remedy.iterations()).as(remedy.name()).isEqualTo(failure.iterations());
            Map<?, ?> r = Json.MAPPER.convertValue(remedy.settings(1), Map.class);
            Map<?, ?> f = Json.MAPPER.convertValue(failure.settings(1), Map.class);
            List<String> changed = r.keySet().stream().filter(k -> !r.get(k).equals(f.get(k))).map(String::valueOf).toList();
            assertThat(changed).isNotEmpty();
            assertThat(changed).as(remedy.name() + " changes from " + failure.name())
                    .isSubsetOf(REMEDIES);
        }
    }

    /**
     * What a plane remedy may change: packing, the minibatch spread, the loss and its form, instance noise, unrolling, R1, spectral
     * normalisation, label smoothing, and the learning rates (the two time-scale update rule).
     */
    private static final Set<String> REMEDIES = Set.of("pack", "saturatingGenLoss", "minibatchStd",
            "instanceNoise", "noiseAnneal", "unrolledSteps", "r1Gamma", "spectralNorm", "labelSmoothing", "loss",
            "genLearningRate", "discLearningRate");
}
