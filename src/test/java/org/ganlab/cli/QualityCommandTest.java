package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ganlab.cli.GanLabCliTest.Result;
import org.ganlab.records.QualityRow;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.ganlab.session.QualityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quality: the published measures of a run's samples, per kept epoch, into quality.csv; bad weights refused. */
class QualityCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneRowPerEpochWithTheDocumentedHeaderAndPrintsTheSameFigures() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(CheckpointCommandsTest.train(run, 2).status()).isZero();
        Result r = GanLabCliTest.run("quality", run.toString(), "--samples", "200");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("200 samples per epoch against 200 MNIST test images of digits 8 drawn across "
                + "the test set").contains("the row of epoch 0 is 200 real training images");

        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(run.resolve(QualityFile.FILE))) {
            var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            assertThat(csv.getHeaderNames()).containsExactly(QualityFile.COLUMNS);
            rows = csv.getRecords();
        }
        assertThat(rows).extracting(x -> x.get("epoch")).as("the real images' row, then the epochs")
                .containsExactly("0", "1", "2");
        for (CSVRecord row : rows) {
            // the printed table and the file hold the same figures
            assertThat(r.out()).contains(String.join(",", row.toList()) + ",[");
            int modes = Integer.parseInt(row.get("modes"));
            assertThat(modes).isBetween(1, 10);
            assertThat(Double.parseDouble(row.get("inception_score"))).isBetween(1.0, 10.0);
        }
    }

    @Test
    void missingWeightsAreRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path run = tmp.resolve("run");
        assertThat(CheckpointCommandsTest.train(run, 1).status()).isZero();
        Path none = tmp.resolve("no-weights.zip");
        Result r = GanLabCliTest.run("quality", run.toString(), "--model", none.toString());
        assertThat(r.status()).isEqualTo(GanLabCli.BAD_ARGUMENTS);
        assertThat(r.err()).contains("--model").contains(none.toString());
        assertThat(run.resolve(QualityFile.FILE)).doesNotExist();
    }

    @Test
    void trainingScoresEveryEpochIntoQualityCsvAndAContinuationKeepsTheEarlierRows() throws Exception {
        Path run = tmp.resolve("scored");
        Result trained = CheckpointCommandsTest.train(run, 2, "--set", "qualitySamples=100");
        assertThat(trained.status()).as(trained.err()).isZero();
        List<QualityRow> two = QualityFile.read(run.resolve(QualityFile.FILE));
        assertThat(two).extracting(QualityRow::epoch).containsExactly(1, 2);

        Result more = GanLabCliTest.run("continue", run.toString(), "--epochs", "1");
        assertThat(more.status()).as(more.err()).isZero();
        List<QualityRow> three = QualityFile.read(run.resolve(QualityFile.FILE));
        assertThat(three).extracting(QualityRow::epoch).containsExactly(1, 2, 3);
        assertThat(three.subList(0, 2)).usingRecursiveFieldByFieldElementComparator().isEqualTo(two);

        // the quality command measures the same epochs of the same generators alike (same seeded samples)
        Result r = GanLabCliTest.run("quality", run.toString(), "--samples", "100");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(QualityFile.read(run.resolve(QualityFile.FILE))).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(three);
    }

    @Test
    void dataTheClassifierDoesNotKnowTrainsWithoutTheMeasuresAndTheReasonIsGiven() throws Exception {
        // another IDX folder (here a copy of the digits, as Fashion-MNIST would be) is not scored as digits
        Path other = Files.createDirectories(tmp.resolve("fashion"));
        for (String f : new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"}) {
            Files.copy(Path.of("datasets", "mnist", f), other.resolve(f));
        }
        Path run = tmp.resolve("other-data");
        Result trained = CheckpointCommandsTest.train(run, 1, "--set", "qualitySamples=100", "--set",
                "dataDir=" + other);
        assertThat(trained.status()).as(trained.err()).isZero();
        assertThat(run.resolve(QualityFile.FILE)).doesNotExist();
        var config = RunRecords.read(run.resolve(RunFiles.CONFIG)).config();
        assertThat(QualityReport.whyOff(config)).hasValueSatisfying(why ->
                assertThat(why).contains("bundled MNIST digits only").contains(other.toString()));
    }
}
