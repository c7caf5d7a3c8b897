package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.config.DataKind;
import org.ganlab.config.Json;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.PlaneFrame;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.session.Playground;
import org.ganlab.session.PointsSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on points written into its folder as it trains, in the layout every run has, and trained on from there: the
 * same numbers as a run that never stopped, its pictures back for scrubbing, a branch with other settings, a folder
 * saved before the kinds shared a layout still opening, and damaged folders named rather than half read.
 */
class PlaneRunFolderTest {
    /** Every stream in use: the batches, the latent points, instance noise, the unrolled steps and the spread input. */
    private static PlaneSettings everyStream(long seed) {
        return (PlaneSettings.defaults(PlaneData.RING_8, seed)).with(Map.of("instanceNoise", 0.2,
                "noiseAnneal", 2000, "unrolledSteps", 1, "minibatchStd", true, "hidden", 32));
    }

    private static PointsSession trained(PointsSession session) {
        session.train(TrainingListener.all(), new TrainingControl());
        return session;
    }

    /** Every figure of metrics.csv but the clock. */
    private static List<String> figures(Path run) throws IOException {
        return RunFiles.readMetrics(run.resolve(RunFiles.METRICS)).rows().stream().map(m -> {
            double[] v = m.values();
            v[Arrays.asList(IterationMetrics.COLUMNS).indexOf("seconds")] = 0;
            return Arrays.toString(v);
        }).toList();
    }

    @Test
    void aRunTrainedOnFromItsFolderGivesTheNumbersOfOneThatNeverStopped(@TempDir Path dir) throws Exception {
        Path straight = dir.resolve("straight");
        Playground whole = trained(PointsSession.create(everyStream(3), "plane-stable-ring", 750, straight))
                .playground();

        Path run = dir.resolve("run");
        Playground first = trained(PointsSession.create(everyStream(3), "plane-stable-ring", 500, run)).playground();
        PlaneRunFolder saved = PlaneRunFolder.read(run);
        assertThat(saved.preset()).isEqualTo("plane-stable-ring");
        assertThat(saved.settings()).isEqualTo(everyStream(3));
        assertThat(saved.record().kind()).isEqualTo(DataKind.POINTS);
        assertThat(saved.record().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(saved.frames()).usingRecursiveFieldByFieldElementComparator().isEqualTo(first.frames());
        assertThat(Json.MAPPER.readTree(run.resolve("diagnosis.json").toFile()).get("verdict").asText())
                .isEqualTo(first.diagnosis().verdict().name());

        Playground resumed = trained(PointsSession.continueRun(run, 750)).playground();
        assertThat(resumed.checks()).as("every check, the first two read back and the last trained on")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(whole.checks());
        assertThat(resumed.frame().fake()).as("G's points after the last iteration").isEqualTo(whole.frame().fake());
        assertThat(figures(run)).as("every iteration's losses, as if it never stopped").isEqualTo(figures(straight))
                .hasSize(750);
        PlaneRunFolder again = PlaneRunFolder.read(run);
        assertThat(again.checks()).hasSize(3);
        assertThat(again.record().history()).singleElement().satisfies(p -> assertThat(p.kind())
                .isEqualTo(Provenance.CONTINUE));
    }

    @Test
    void aBranchChangesWhatTrainsButNotTheNetworks(@TempDir Path dir) throws Exception {
        trained(PointsSession.create(PlaneSettings.defaults(PlaneData.RING_8, 4), "plane-stable-ring", 250, dir));
        PlaneRunFolder saved = PlaneRunFolder.read(dir);

        Playground own = Playground.resume(saved, 500, TrainingListener.all());
        own.finish();
        Playground faster = Playground.branch(saved, saved.settings().with(Map.of("genLearningRate",
                0.003)), 500, TrainingListener.all());
        faster.finish();
        assertThat(faster.checks().get(0)).as("the parent's check").usingRecursiveComparison()
                .isEqualTo(own.checks().get(0));
        assertThat(faster.frame().fake()).as("G three times faster goes elsewhere").isNotEqualTo(own.frame().fake());

        PlaneSettings wider = saved.settings().with(Map.of("hidden", 32));
        assertThatThrownBy(() -> Playground.branch(saved, wider, 500, TrainingListener.all()))
                .hasMessageStartingWith("hidden:");
        PlaneSettings grid = saved.settings().with(Map.of("data", "GRID_25"));
        assertThatThrownBy(() -> Playground.branch(saved, grid, 500, TrainingListener.all()))
                .hasMessageStartingWith("data:");
        assertThatThrownBy(() -> Playground.resume(saved, 100, TrainingListener.all()))
                .hasMessageContaining("at least the 250");
    }

    @Test
    void aFolderSavedBeforeTheKindsSharedALayoutStillOpensAndTrainsOn(@TempDir Path dir) throws Exception {
        Playground run = new Playground(PlaneSettings.defaults(PlaneData.RING_8, 6), 500);
        run.finish();
        Json.MAPPER.writeValue(dir.resolve(PlaneRunFolder.LEGACY_RUN).toFile(), Map.of("format", 1, "preset",
                "plane-stable-ring", "iterations", 500, "settings", run.settings(), "checks", run.checks()));
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(dir.resolve(
                PlaneRunFolder.LEGACY_PICTURES)))) {
            out.write("GANLABPF".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(1);
            out.writeInt(run.frames().size());
            for (PlaneFrame f : run.frames()) {
                PlaneRunFiles.writeFrame(out, f);
            }
        }
        CheckpointFile.write(dir.resolve(PlaneRunFolder.LEGACY_CHECKPOINT), run.checkpoint());

        assertThat(PlaneRunFolder.isRun(dir)).isTrue();
        PlaneRunFolder saved = PlaneRunFolder.read(dir);
        assertThat(saved.checks()).usingRecursiveFieldByFieldElementComparator().isEqualTo(run.checks());
        assertThat(saved.frames()).usingRecursiveFieldByFieldElementComparator().isEqualTo(run.frames());
        assertThat(saved.iterations()).isEqualTo(500);
        Playground on = Playground.resume(saved, 750, TrainingListener.all());
        on.finish();
        assertThat(on.checks()).hasSize(3);

        Path branch = dir.resolve("branch");
        trained(PointsSession.branch(dir, 2, Map.of("genLearningRate", "0.002"), 750, branch));
        assertThat(PlaneRunFolder.read(branch).checks()).as("a branch in the layout every run has").hasSize(3);
        trained(PointsSession.continueRun(dir, 750));
        PlaneRunFolder converted = PlaneRunFolder.read(dir);
        assertThat(converted.record().kind()).as("trained on, it has the layout every run has").isEqualTo(DataKind.POINTS);
        assertThat(converted.checks()).hasSize(3);
        assertThat(converted.frames().get(0)).usingRecursiveComparison().isEqualTo(run.frames().get(0));
    }

    @Test
    void aDamagedOrHalfFolderIsNamedNotRead(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("has no config.json");
        PointsSession early = PointsSession.create(PlaneSettings.defaults(PlaneData.RING_8, 5), "plane-stable-ring",
                300, dir);
        early.playground().advance(5_000_000); // a few iterations, no check yet: nothing to open
        assertThat(PlaneRunFolder.isRun(dir)).isTrue();
        early.stop();
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("no check yet");

        trained(PointsSession.continueRun(dir, null));
        Path picture = PlaneRunFiles.picture(dir, 1);
        byte[] whole = Files.readAllBytes(picture);
        Files.write(picture, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("check-001.bin is cut short");
        Files.write(picture, whole);
        assertThat(PlaneRunFolder.read(dir).checks()).hasSize(2);

        Files.writeString(dir.resolve(PlaneRunFiles.CHECKS), "iteration,covered\n250,8\n");
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("checks.csv: the header must be");
        Files.writeString(dir.resolve(RunFiles.CONFIG), "{\"status\": \"COMPLETED\", \"kind\": \"POINTS\"}");
        assertThatThrownBy(() -> PlaneRunFolder.read(dir)).hasMessageContaining("holds no settings for points");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
