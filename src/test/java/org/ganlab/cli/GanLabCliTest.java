package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganlab.config.Architecture;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Json;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.run.Gallery;
import org.ganlab.run.MadeUpRuns;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecord;
import org.ganlab.run.RunRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headless runner's contract: bad arguments give one line and status 2 and write nothing; a run round-trips. */
class GanLabCliTest {
    @TempDir
    Path tmp;

    record Result(int status, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GanLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void benchPrintsTheMedianOfItsTimedIterations() {
        Result r = run("bench", "--iterations", "3", "--warmup", "1", "--set", "genFilters=8", "--set", "qualitySamples=0", "--set", "discFilters=8",
                "--set", "batchSize=16");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("backend: CPU").contains("preset=stable batch=16 warmup=1 iterations=3");
        long median = Long.parseLong(r.out().lines().filter(l -> l.startsWith("ms_per_iteration="))
                .findFirst().orElseThrow().substring("ms_per_iteration=".length()));
        long min = Long.parseLong(r.out().lines().filter(l -> l.startsWith("min_ms=")).findFirst().orElseThrow()
                .replaceAll("min_ms=(\\d+) .*", "$1"));
        assertThat(median).isPositive().isGreaterThanOrEqualTo(min);
        assertThat(run("bench", "--iterations", "0").status()).isEqualTo(2);
    }

    @Test
    void aDataFolderWithoutImagesIsNamedInOneLineByEveryCommandThatTrains() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-images"));
        for (String command : List.of("bench", "sweep --out " + tmp.resolve("sweep"))) {
            Result r = run((command + " --set dataDir=" + empty).split(" "));
            assertThat(r.status()).as(command).isEqualTo(2);
            List<String> lines = r.err().lines().toList();
            assertThat(lines.get(lines.size() - 1)).as(r.err()).startsWith("gan-lab: data: " + empty)
                    .contains("no training images file");
            assertThat(r.err()).doesNotContain("\tat ");
        }
        assertThat(tmp.resolve("sweep/stable/seed-1").resolve(RunFiles.CONFIG)).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown preset       | --preset nope                       | unknown preset 'nope'",
        "unknown key          | --set latentSise=3                  | latentSise: unknown setting",
        "latent size 0        | --set latentSize=0                  | latentSize: 0 is out of range",
        "negative rate        | --set genLearningRate=-0.001        | genLearningRate: -0.001 is out of range",
        "not a number         | --set epochs=ten                    | epochs: 'ten' is not a whole number",
        "batch beyond data    | --set maxImages=50 --set batchSize=64 | batchSize: 64 is larger than the 50 images",
        "missing folder       | --set dataDir=/no/such/folder       | dataDir: folder '/no/such/folder' does not exist",
        "unknown option       | --epocs 3                           | Unknown options: '--epocs'"})
    void badArgumentsGiveOneClearLineAndStatus2AndWriteNothing(String name, String args, String message) {
        Path out = tmp.resolve("run");
        String[] argv = ("train " + args.trim() + " --out " + out).split("\\s+");
        Result r = run(argv);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(message);
        assertThat(out).doesNotExist();
    }

    /** A teacher checks a lesson's file before class: its steps listed, or what is wrong in one line, status 2. */
    @Test
    void lessonListsTheStepsOfAGoodLessonAndNamesWhatIsWrongWithABadOne() throws Exception {
        Result good = run("lesson", "resources/lessons/why-gans-fail.json");
        assertThat(good.status()).as(good.err()).isZero();
        assertThat(good.out()).contains("Why GANs fail on digits").contains("1. gallery run stable")
                .contains("preset discriminator-too-fast; students may change discLearningRate");
        Path newer = tmp.resolve("newer.json");
        Files.writeString(newer, "{\"format\": 3, \"title\": \"x\", \"steps\": [{\"preset\": \"stable\"}]}");
        Result bad = run("lesson", newer.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().lines().count()).as(bad.err()).isEqualTo(1);
        assertThat(bad.err()).contains("newer.json: format: 3 comes from a newer version of GAN Lab");
    }

    @Test
    void aTinyRunWritesEveryFileAndReadsBack() throws Exception {
        Path out = tmp.resolve("tiny");
        Result r = run("train", "--preset", "stable", "--epochs", "2", "--seed", "5", "--set", "iterationsPerEpoch=2",
                "--set", "genFilters=8", "--set", "qualitySamples=0", "--set", "discFilters=8", "--set", "batchSize=16", "--set", "freshSamples=true",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(0);

        RunRecord record = Json.MAPPER.readValue(out.resolve(RunFiles.CONFIG).toFile(), RunRecord.class);
        assertThat(record.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(record.completedEpochs()).isEqualTo(2);
        assertThat(record.config().genFilters()).isEqualTo(8);
        assertThat(record.config().seed()).isEqualTo(5);
        assertThat(record.backend()).startsWith("backend: CPU");

        assertThat(Files.readAllLines(out.resolve(RunFiles.METRICS)).get(0))
                .startsWith("iteration,epoch,d_loss_real,d_loss_fake,g_loss,d_acc_real,d_acc_fake");
        var metrics = RunFiles.readMetrics(out.resolve(RunFiles.METRICS));
        assertThat(metrics.problems()).isEmpty();
        assertThat(metrics.rows()).extracting(IterationMetrics::iteration).containsExactly(1, 2, 3, 4);
        assertThat(metrics.rows()).extracting(IterationMetrics::epoch).containsExactly(1, 1, 2, 2);

        for (int epoch = 1; epoch <= 2; epoch++) {
            var grid = ImageIO.read(RunFiles.samples(out, epoch).toFile());
            assertThat(grid.getWidth()).isEqualTo(10 * 28 + 11 * 2);
            assertThat(ImageIO.read(RunFiles.freshSamples(out, epoch).toFile())).isNotNull();
        }
        assertThat(ImageIO.read(out.resolve(RunFiles.CURVES).toFile()).getHeight()).isGreaterThan(400);
        assertThat(Files.list(out).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        assertThat(out.resolve(RunFiles.HELD_OUT)).as("all 5,851 eights are trained on: nothing held out")
                .doesNotExist();

        Result again = run("train", "--out", out.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a run");
    }

    @Test
    void aCappedRunChecksDOnUnseenImagesEveryEpochAndReadsTheCheckBack() throws Exception {
        Path out = tmp.resolve("capped");
        Result r = run("train", "--preset", "too-little-data", "--epochs", "2", "--seed", "5", "--set",
                "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0", "--set", "discFilters=8", "--set", "batchSize=16",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(0);
        List<String> lines = Files.readAllLines(out.resolve(RunFiles.HELD_OUT));
        assertThat(lines).hasSize(3).first().isEqualTo("epoch,d_acc_seen,d_acc_unseen");
        var opened = RunReader.open(out);
        assertThat(opened.problems()).isEmpty();
        assertThat(opened.epochs()).hasSize(2);
        for (var e : opened.epochs()) {
            String[] cells = lines.get(e.epoch()).split(",");
            assertThat(cells[0]).isEqualTo(Integer.toString(e.epoch()));
            assertThat(e.heldOut().seen()).isEqualTo(Double.parseDouble(cells[1]));
            assertThat(e.heldOut().unseen()).isEqualTo(Double.parseDouble(cells[2]));
            // each is D's share of right answers on 100 images
            assertThat(e.heldOut().seen() * 100).isCloseTo(Math.rint(e.heldOut().seen() * 100), within(1e-9));
            assertThat(e.heldOut().unseen() * 100).isCloseTo(Math.rint(e.heldOut().unseen() * 100), within(1e-9));
        }
    }

    @Test
    void aRunWrittenBeforeNewFieldsExistedStillOpensWithTheirDefaults() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(old.resolve(RunFiles.CONFIG), "{\"preset\":\"mode-collapse\",\"config\":{\"latentSize\":1,"
                + "\"epochs\":10},\"status\":\"COMPLETED\",\"completedEpochs\":10,\"iterations\":450,"
                + "\"iterationsPerEpoch\":45}");
        RunRecord r = RunRecords.read(old.resolve(RunFiles.CONFIG));
        assertThat(r.config().latentSize()).isEqualTo(1);
        assertThat(r.config().imageSize()).isEqualTo(28);
        assertThat(r.config().architecture()).isEqualTo(Architecture.REFERENCE);
        assertThat(Gallery.entries()).as("the shipped gallery opens")
                .extracting(e -> e.dir().getFileName().toString())
                .contains("stable", "mode-collapse", "convergence-combined-batch", "convergence-aggressive-adam");
    }

    @Test
    void metricsWrittenAreMetricsRead() throws Exception {
        var rows = List.of(new IterationMetrics(1, 1, 0.1, 0.2, 1.0 / 3, 0.5, 0.75, 0.6, 0.4, 1e-5, 2.5, 1.25),
                new IterationMetrics(2, 1, Double.NaN, 0.2, Double.POSITIVE_INFINITY, 0, 1, 0, 1, 0, 0, 2));
        Path file = tmp.resolve("m.csv");
        RunFiles.writeMetrics(file, rows);
        assertThat(RunFiles.readMetrics(file).rows()).isEqualTo(rows);
        assertThat(ExperimentConfig.baseline()).isEqualTo(Json.MAPPER.readValue(
                Json.MAPPER.writeValueAsString(ExperimentConfig.baseline()), ExperimentConfig.class));
    }

    @Test
    void gifWritesAFramePerEpochAndRefusesAFolderWithoutGrids(@TempDir Path tmp)
            throws Exception {
        Path runDir = MadeUpRuns.write(tmp.resolve("run"), 3);
        Path gif = tmp.resolve("run.gif");
        Result r = run("gif", runDir.toString(), "--out", gif.toString(), "--curves");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 frames");
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result refused = run("gif", empty.toString(), "--out", tmp.resolve("x.gif").toString());
        assertThat(refused.status()).isEqualTo(GanLabCli.BAD_ARGUMENTS);
        assertThat(Files.exists(tmp.resolve("x.gif"))).isFalse();
    }
}
