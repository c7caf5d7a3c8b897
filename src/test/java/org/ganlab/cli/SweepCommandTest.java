package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.FileUtils;
import org.assertj.core.api.Assertions;
import org.ganlab.cli.GanLabCliTest.Result;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunFiles;
import org.ganlab.session.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep of tiny runs: one folder per cell, the table, and a second start that only does what is missing. */
class SweepCommandTest {
    private static final String[] TINY = {"--epochs", "2", "--set", "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0",
        "--set", "discFilters=8", "--set", "batchSize=16"};

    @TempDir
    Path tmp;

    static Result sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "--out", out.toString()));
        args.addAll(List.of(TINY));
        args.addAll(List.of(more));
        return GanLabCliTest.run(args.toArray(String[]::new));
    }

    @Test
    void everyCellGetsItsRunFolderAndTheTableARowAndAStartedAgainSweepSkipsWhatIsDone() throws Exception {
        Path out = tmp.resolve("sweep");
        Result first = sweep(out, "--presets", "stable,mode-collapse", "--seeds", "1-2");
        assertThat(first.status()).as(first.err()).isZero();
        for (String p : List.of("stable", "mode-collapse")) {
            for (int s = 1; s <= 2; s++) {
                assertThat(out.resolve(p).resolve("seed-" + s).resolve(RunFiles.CONFIG)).exists();
            }
        }
        List<String> csv = Files.readAllLines(out.resolve(Sweep.CSV));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("preset,seed,setting,value,status,verdict,expected,epoch_verdicts,d_loss_real");
        // the lab's order of presets, not the alphabet's: the stable baseline first
        assertThat(csv.get(1)).startsWith("stable,1,,,completed,Too early to tell,Stable,Too early to tell|Too early");
        assertThat(csv.get(3)).startsWith("mode-collapse,1,");
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN))).contains("| preset | promises | seed 1 | seed 2 | as promised |")
                // two-epoch runs are too early to tell: not what the stable preset promises, so marked and counted
                .contains("| stable | Stable | **Too early to tell** (x) | **Too early to tell** (x) | 0/2 |");
        assertThat(first.out()).isEqualTo(Files.readString(out.resolve(Sweep.MARKDOWN)));

        // one cell lost (as if its machine died), the sweep started again: only that cell trains
        FileUtils.deleteDirectory(out.resolve("stable").resolve("seed-2").toFile());
        long untouched = Files.getLastModifiedTime(out.resolve("stable").resolve("seed-1").resolve(RunFiles.METRICS))
                .toMillis();
        Result again = sweep(out, "--presets", "stable,mode-collapse", "--seeds", "1-2");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("4 cells, 3 skipped as already done")
                .contains("cell 2/4: stable seed 2\n");
        assertThat(Files.getLastModifiedTime(out.resolve("stable").resolve("seed-1").resolve(RunFiles.METRICS))
                .toMillis()).isEqualTo(untouched);
        assertThat(Files.readAllLines(out.resolve(Sweep.CSV))).hasSize(5);

        // a cell killed before its first iteration was written: the table still builds and shows it unfinished
        Files.delete(out.resolve("mode-collapse").resolve("seed-2").resolve(RunFiles.METRICS));
        Files.delete(out.resolve("mode-collapse").resolve("seed-2").resolve(RunDiagnosis.FILE));
        Result table = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString());
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(Files.readAllLines(out.resolve(Sweep.CSV))).hasSize(5).anySatisfy(line ->
                assertThat(line).startsWith("mode-collapse,2,,,completed,,Mode collapse,,NaN"));
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN)))
                .contains("| mode-collapse | Mode collapse | **Too early to tell** (x) | completed | 0/1 |");
    }

    @Test
    void rejudgingASweepRewritesEveryCompletedRunsDiagnosisWithTodaysCriteria() throws Exception {
        Path out = tmp.resolve("rejudge");
        assertThat(sweep(out, "--presets", "stable", "--seeds", "1").status()).isZero();
        Path diagnosis = out.resolve("stable/seed-1").resolve(RunDiagnosis.FILE);
        String judged = Files.readString(diagnosis);
        // as if the run had been judged under older thresholds
        Files.writeString(diagnosis, judged.replace("\"TOO_EARLY\"", "\"MODE_COLLAPSE\""));
        Result stale = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString());
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN))).contains("**Mode collapse** (x)");
        Result again = GanLabCliTest.run("sweep", "--table-only", "--rejudge", "--out", out.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("judged again: 1 completed runs");
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN))).contains("| stable | Stable | **Too early to tell** (x) |");
        assertThat(stale.status()).isZero();

        // a record of the sweep without its sample grids: the verdict cannot be judged again, so it is kept
        FileUtils.deleteDirectory(out.resolve("stable/seed-1").resolve(RunFiles.SAMPLES).toFile());
        Files.writeString(diagnosis, judged.replace("\"TOO_EARLY\"", "\"MODE_COLLAPSE\""));
        Result record = GanLabCliTest.run("sweep", "--table-only", "--rejudge", "--out", out.toString());
        assertThat(record.status()).as(record.err()).isZero();
        assertThat(record.err()).contains("judged again: 0 completed runs; 1 kept their verdict");
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN))).contains("**Mode collapse** (x)");
    }

    @Test
    void oneSettingOverValuesGetsACellEach() throws Exception {
        Path out = tmp.resolve("vary");
        Result r = sweep(out, "--presets", "stable", "--seeds", "3", "--vary", "latentSize=1,20");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("stable/seed-3/latentSize-1").resolve(RunFiles.CONFIG)).exists();
        assertThat(Files.readString(out.resolve(Sweep.MARKDOWN))).contains("| stable (latentSize=1) | Stable |")
                .contains("| stable (latentSize=20) |");
    }

    @Test
    void aScoredCellCarriesTheClassifiersReadingAsASecondWitness() throws Exception {
        Path out = tmp.resolve("scored");
        Result r = sweep(out, "--presets", "stable", "--seeds", "1", "--set", "qualitySamples=100");
        assertThat(r.status()).as(r.err()).isZero();
        var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(out.resolve(Sweep.CSV))).getRecords();
        assertThat(csv).hasSize(1);
        var last = QualityFile.read(out.resolve("stable/seed-1").resolve(QualityFile.FILE))
                .get(1);
        assertThat(csv.get(0).get("digits_covered")).isEqualTo(String.valueOf(last.modes()));
        int top = Integer.parseInt(csv.get(0).get("commonest_digit"));
        assertThat(Double.parseDouble(csv.get(0).get("commonest_share")))
                .isCloseTo(last.histogram()[top] / 100.0, Assertions.within(1e-3));
        assertThat(Double.parseDouble(csv.get(0).get("recall"))).isBetween(0.0, 1.0);
        var floor = QualityFile.readReal(out.resolve("stable/seed-1").resolve(
                QualityFile.FILE));
        assertThat(Double.parseDouble(csv.get(0).get("frechet_floor"))).as("real images against the same reference")
                .isCloseTo(floor.frechetDistance(), Assertions.within(0.05))
                .isLessThan(Double.parseDouble(csv.get(0).get("frechet_distance")));
    }

    @Test
    void theRecordKeepsEveryFinishedCellsFiguresWithoutItsPicturesAndBuildsTheSameTable() throws Exception {
        Path out = tmp.resolve("recorded");
        Path record = tmp.resolve("record");
        assertThat(sweep(out, "--presets", "stable", "--seeds", "1-2", "--set", "qualitySamples=100").status()).isZero();
        // seed 2 as if its machine died before the run was judged: not finished, so not recorded
        Files.delete(out.resolve("stable/seed-2").resolve(RunDiagnosis.FILE));
        Result r = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString(), "--record", record.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("recorded 1 completed cells in " + record);
        try (var files = Files.list(record.resolve("stable/seed-1"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("config.json", "diagnosis.json", "digits.csv", "metrics.csv", "quality.csv");
        }
        assertThat(record.resolve("stable/seed-2")).doesNotExist();
        List<String> swept = Files.readAllLines(out.resolve(Sweep.CSV));
        List<String> recorded = Files.readAllLines(record.resolve(Sweep.CSV));
        assertThat(recorded).hasSize(2);
        // the same figures, only the folder column differs
        assertThat(recorded.get(1).substring(0, recorded.get(1).lastIndexOf(',')))
                .isEqualTo(swept.get(1).substring(0, swept.get(1).lastIndexOf(',')));

        // recording again after the cell is finished adds it and keeps the first
        Files.copy(out.resolve("stable/seed-1").resolve(RunDiagnosis.FILE),
                out.resolve("stable/seed-2").resolve(RunDiagnosis.FILE));
        Result again = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString(), "--record", record.toString());
        assertThat(again.err()).contains("recorded 2 completed cells");
        assertThat(Files.readAllLines(record.resolve(Sweep.CSV))).hasSize(3);

        Result itself = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString(), "--record", out.toString());
        assertThat(itself.status()).isEqualTo(2);
        assertThat(itself.err()).contains("--record: the record folder is the sweep's own folder");
        Result inside = GanLabCliTest.run("sweep", "--table-only", "--out", out.toString(), "--record",
                out.resolve("record").toString());
        assertThat(inside.status()).isEqualTo(2);
        assertThat(out.resolve("record")).doesNotExist();
    }

    @Test
    void badSweepsAreRefusedBeforeAnythingTrains() {
        Path out = tmp.resolve("bad");
        Result preset = sweep(out, "--presets", "stable,nope");
        assertThat(preset.status()).isEqualTo(2);
        assertThat(preset.err()).contains("unknown preset 'nope'");
        Result seeds = sweep(out, "--seeds", "5-1");
        assertThat(seeds.status()).isEqualTo(2);
        assertThat(seeds.err()).contains("--seeds: '5-1' is not a range");
        Result vary = sweep(out, "--presets", "stable", "--vary", "latentSize=0,5");
        assertThat(vary.status()).isEqualTo(2);
        assertThat(vary.err()).contains("latentSize");
        assertThat(out).doesNotExist();
    }
}
