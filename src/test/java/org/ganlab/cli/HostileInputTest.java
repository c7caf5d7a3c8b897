package org.ganlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.FileUtils;
import org.ganlab.cli.GanLabCliTest.Result;
import org.ganlab.config.Json;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.run.RunFiles;
import org.ganlab.run.PlaneRunFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run folders handed round, prepared by someone hostile or cut short by a crash, fed to every command that reads them:
 * each ends in a named refusal (one line, status 2) or a correct result, never an exception's trace, and nothing is
 * written outside the run.
 */
class HostileInputTest {
    @TempDir
    static Path fixtures;
    @TempDir
    Path tmp;

    private static Path imageRun;
    private static Path planeRun;

    @BeforeAll
    static void trainTheRunsToDamage() {
        imageRun = fixtures.resolve("image");
        Result trained = CheckpointCommandsTest.train(imageRun, 2);
        assertThat(trained.status()).as(trained.err()).isZero();
        Result plane = GanLabCliTest.run("plane", "--iterations", "500", "--seeds", "1", "--set", "hidden=16",
                "--out", fixtures.resolve("plane").toString());
        assertThat(plane.status()).as(plane.err()).isZero();
        planeRun = fixtures.resolve("plane").resolve("plane-stable-ring").resolve("seed-1");
    }

    /** A fresh copy of a fixture run. */
    private Path copy(Path run, String name) throws IOException {
        Path to = tmp.resolve(name);
        FileUtils.copyDirectory(run.toFile(), to.toFile());
        Files.deleteIfExists(to.resolve(".lock"));
        return to;
    }

    /** A file outside the run that a planted link points at. */
    private Path victim() throws IOException {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        return victim;
    }

    private static void refused(Result r, String... words) {
        assertThat(r.status()).as(r.err()).isEqualTo(GanLabCli.BAD_ARGUMENTS);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(words);
    }

    private static void succeeded(Result r) {
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void aLinkPlantedUnderATemporaryNameRedirectsNoWrite() throws Exception {
        Path victim = victim();
        Path diagnosed = copy(imageRun, "diagnosed");
        Files.createSymbolicLink(diagnosed.resolve(".diagnosis.json.tmp"), victim);
        succeeded(GanLabCliTest.run("diagnose", diagnosed.toString()));

        Path continued = copy(imageRun, "continued");
        Files.createSymbolicLink(continued.resolve(".config.json.tmp"), victim);
        Files.createSymbolicLink(continued.resolve(".metrics.csv.tmp"), victim);
        succeeded(GanLabCliTest.run("continue", continued.toString(), "--epochs", "1"));

        Path plane = copy(planeRun, "plane");
        for (String name : List.of(".config.json.tmp", ".checks.csv.tmp", ".metrics.csv.tmp")) {
            Files.createSymbolicLink(plane.resolve(name), victim);
        }
        succeeded(GanLabCliTest.run("plane", "--from", plane.toString(), "--iterations", "750"));

        assertThat(victim).hasContent("precious");
        assertThat(PlaneRunFolder.read(plane).checkpoint().iteration()).isEqualTo(750);
    }

    @Test
    void aRunWhoseFoldersOrLockAreLinksIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Path samples = copy(imageRun, "samples-linked");
        FileUtils.moveDirectory(samples.resolve(RunFiles.SAMPLES).toFile(), elsewhere.resolve("samples").toFile());
        Files.createSymbolicLink(samples.resolve(RunFiles.SAMPLES), elsewhere.resolve("samples"));
        refused(GanLabCliTest.run("continue", samples.toString(), "--epochs", "1"), "samples is a link");

        Path lock = copy(imageRun, "lock-linked");
        Files.createSymbolicLink(lock.resolve(".lock"), elsewhere.resolve("made-by-the-lock"));
        refused(GanLabCliTest.run("continue", lock.toString(), "--epochs", "1"), ".lock is a link");

        try (var made = Files.list(elsewhere)) {
            assertThat(made).containsExactly(elsewhere.resolve("samples"));
        }
        try (var grids = Files.list(elsewhere.resolve("samples"))) {
            assertThat(grids).noneMatch(p -> p.getFileName().toString().startsWith("epoch-003"));
        }
    }

    @Test
    void aModelFileIsNeverDeserialised() throws Exception {
        Path crafted = tmp.resolve("crafted.zip");
        try (ZipFile shipped = new ZipFile(DigitClassifier.shipped().toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(crafted))) {
            for (var e = shipped.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(shipped.getInputStream(entry).readAllBytes());
            }
            out.putNextEntry(new ZipEntry("preprocessor.bin"));
            out.write(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5}); // a Java serialisation stream's header
        }
        refused(GanLabCliTest.run("evaluate-classifier", "--model", crafted.toString()), "preprocessor.bin",
                "does not read");
        refused(GanLabCliTest.run("quality", imageRun.toString(), "--model", crafted.toString(), "--samples", "10"),
                "--model", "preprocessor.bin");

        Path bomb = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("coefficients.bin"));
            out.write(new byte[64 << 20]); // deflates to a few kilobytes, unpacks past the limit
        }
        refused(GanLabCliTest.run("evaluate-classifier", "--model", bomb.toString()), "coefficients.bin",
                "more than");
    }

    @Test
    void aConfigurationBeyondTheSchemaNeverReachesTheNetworks() throws Exception {
        for (String field : List.of("genFilters", "latentSize")) {
            Path run = copy(imageRun, field);
            editConfig(run, config -> config.put(field, 2_000_000_000));
            refused(GanLabCliTest.run("quality", run.toString(), "--samples", "10"), field, "out of range");
            refused(GanLabCliTest.run("continue", run.toString(), "--epochs", "1"), field, "out of range");
            Result judged = GanLabCliTest.run("diagnose", run.toString()); // the grids are judged, the config named
            succeeded(judged);
            assertThat(judged.err()).contains("config.json is unreadable", field);
        }
        Path empty = copy(imageRun, "empty-config");
        Files.writeString(empty.resolve(RunFiles.CONFIG), "{}");
        refused(GanLabCliTest.run("continue", empty.toString(), "--epochs", "1"), "holds no status");
        refused(GanLabCliTest.run("quality", empty.toString(), "--samples", "10"), "holds no status");
        succeeded(GanLabCliTest.run("diagnose", empty.toString()));
    }

    @Test
    void filesThatAreDevicesOrHugeAreRefusedBeforeTheyAreRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        Path checkpoint = copy(imageRun, "checkpoint-zero");
        Files.delete(RunFiles.checkpoint(checkpoint, 2));
        Files.createSymbolicLink(RunFiles.checkpoint(checkpoint, 2), zero);
        refused(GanLabCliTest.run("continue", checkpoint.toString(), "--epochs", "1"), "epoch-002.ckpt",
                "not a regular file");

        Path plane = copy(planeRun, "plane-zero");
        Files.delete(RunFiles.checkpoint(plane, 2));
        Files.createSymbolicLink(RunFiles.checkpoint(plane, 2), zero);
        refused(GanLabCliTest.run("plane", "--from", plane.toString()), "epoch-002.ckpt", "not a regular file");
        refused(GanLabCliTest.run("continue", plane.toString(), "--epochs", "1"), "epoch-002.ckpt",
                "not a regular file");

        Path grid = copy(imageRun, "huge-grid");
        Files.write(RunFiles.samples(grid, 2), pngHeaderOnly(40_022, 40_022)); // 40,022 pixels a side, tiny file
        Result judged = GanLabCliTest.run("diagnose", grid.toString());
        succeeded(judged);
        assertThat(judged.err()).contains("epoch-002.png is unreadable", "40022 pixels wide");
        Result gif = GanLabCliTest.run("gif", grid.toString(), "--out", tmp.resolve("out.gif").toString());
        succeeded(gif);
        assertThat(gif.out()).contains("(1 frames)");
    }

    @Test
    void countsBeyondALaptopAreRefusedByName() throws Exception {
        Path plane = copy(planeRun, "plane-forever");
        ObjectNode record = (ObjectNode) Json.MAPPER.readTree(plane.resolve(RunFiles.CONFIG).toFile());
        record.put("plannedIterations", Integer.MAX_VALUE);
        Json.MAPPER.writeValue(plane.resolve(RunFiles.CONFIG).toFile(), record);
        refused(GanLabCliTest.run("plane", "--from", plane.toString()), "config.json", "2147483647 iterations");
        refused(GanLabCliTest.run("continue", plane.toString(), "--epochs", "1"), "config.json",
                "2147483647 iterations");
        refused(GanLabCliTest.run("plane", "--iterations", "2147483647"), "--iterations", "200000");
        refused(GanLabCliTest.run("bench", "--iterations", "2147483647"), "--iterations", "10000");
        refused(GanLabCliTest.run("quality", imageRun.toString(), "--samples", "2147483647"), "--samples", "10000");
        refused(GanLabCliTest.run("train-classifier", "--epochs", "100000000", "--batch", "100000000", "--out",
                tmp.resolve("c.zip").toString()), "--epochs", "100");
        Result largest = GanLabCliTest.run("train", "--set", "genFilters=1024", "--set", "discFilters=1024", "--set",
                "latentSize=1024", "--set", "batchSize=4096", "--out", tmp.resolve("largest").toString());
        refused(largest, "batchSize", "need about", "GB");
        assertThat(tmp.resolve("largest")).doesNotExist();
        refused(GanLabCliTest.run("train", "--set", "epochs=10000", "--set", "iterationsPerEpoch=1000", "--out",
                tmp.resolve("long").toString()), "epochs", "2000000 iterations");
        assertThat(tmp.resolve("long")).doesNotExist();
    }

    @Test
    void anEpochNumberNoRunReachesIsNamedNotParsedIntoAnException() throws Exception {
        Path run = copy(imageRun, "long-name");
        Files.copy(RunFiles.samples(run, 1), run.resolve(RunFiles.SAMPLES).resolve("epoch-99999999999.png"));
        Files.copy(RunFiles.checkpoint(run, 2), run.resolve(RunFiles.CHECKPOINTS).resolve("epoch-99999999999.ckpt"));
        Result judged = GanLabCliTest.run("diagnose", run.toString());
        succeeded(judged);
        assertThat(judged.err()).contains("epoch-99999999999.png is not a grid the lab wrote");
        succeeded(GanLabCliTest.run("gif", run.toString(), "--out", tmp.resolve("g.gif").toString()));
        Result continued = GanLabCliTest.run("continue", run.toString(), "--epochs", "1");
        succeeded(continued);
        assertThat(continued.err()).contains("training to epoch 3");
    }

    @Test
    void outputPathsAreCheckedBeforeAnyWorkAndASweepNeverWritesIntoARun() throws Exception {
        Path file = victim();
        refused(GanLabCliTest.run("plane", "--iterations", "250", "--out", file.toString()), "--out", "is a file");
        refused(GanLabCliTest.run("plane", "--iterations", "250", "--record", "/proc/nope/table.md"), "--record",
                "cannot write");
        refused(GanLabCliTest.run("gif", imageRun.toString(), "--out", "/proc/nope/x.gif"), "--out", "cannot write");
        refused(GanLabCliTest.run("train-classifier", "--epochs", "1", "--out", "/proc/nope/c.zip"), "--out",
                "cannot write");
        refused(GanLabCliTest.run("train", "--out", ""), "--out", "empty");
        refused(GanLabCliTest.run("train", "--out", tmp.toString()), "--out", "already holds files");

        Path run = copy(imageRun, "not-a-sweep");
        List<String> before = listing(run);
        refused(GanLabCliTest.run("sweep", "--table-only", "--out", run.toString(), "--record",
                tmp.resolve("record").toString()), "is a run's folder");
        assertThat(listing(run)).isEqualTo(before);
        assertThat(file).hasContent("precious");
    }

    @Test
    void aLastRowCutShortIsDroppedAndSaidNeverRewrittenAsData() throws Exception {
        Path run = copy(imageRun, "cut");
        String metrics = Files.readString(run.resolve(RunFiles.METRICS));
        Files.writeString(run.resolve(RunFiles.METRICS), metrics.substring(0, metrics.length() - 25));
        var read = RunFiles.readMetrics(run.resolve(RunFiles.METRICS));
        assertThat(read.rows()).hasSize(3);
        assertThat(read.problems()).singleElement().asString().contains("line 5", "cut short", "dropped");

        Result continued = GanLabCliTest.run("continue", run.toString(), "--epochs", "1");
        succeeded(continued);
        assertThat(continued.err()).contains("cut short", "going on from epoch 1");
        assertThat(Files.readString(run.resolve(RunFiles.METRICS))).doesNotContain("NaN");
        assertThat(RunFiles.readMetrics(run.resolve(RunFiles.METRICS)).rows()).hasSize(4)
                .allSatisfy(m -> assertThat(m.values()).doesNotContain(Double.NaN));
    }

    private static List<String> listing(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(p -> names.add(dir.relativize(p).toString()));
        }
        names.sort(null);
        return names;
    }

    private interface Edit {
        void apply(ObjectNode config);
    }

    private static void editConfig(Path run, Edit edit) throws IOException {
        ObjectNode record = (ObjectNode) Json.MAPPER.readTree(run.resolve(RunFiles.CONFIG).toFile());
        edit.apply((ObjectNode) record.get("config"));
        Json.MAPPER.writeValue(run.resolve(RunFiles.CONFIG).toFile(), record);
    }

    /** A grey PNG whose header declares {@code width} x {@code height} pixels, with a few rows of data. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(rows, new Deflater(9))) {
            z.write(new byte[4 * (width + 1)]);
        }
        chunk(png, "IDAT", rows.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
