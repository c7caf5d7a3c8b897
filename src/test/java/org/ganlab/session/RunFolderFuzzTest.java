package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.FileUtils;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.config.PlaneData;
import org.ganlab.diagnosis.RealReference;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.QualityFile;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunReader;
import org.ganlab.run.RunRecords;
import org.ganlab.config.PlaneSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomly damaged run folders of both kinds, fed to every reader: each answers with a valid result or a refusal that
 * names the file or folder (an IOException or a ResumeException), never another exception, and nothing is written
 * outside the folder under test (nor inside it: reading writes nothing).
 */
class RunFolderFuzzTest {
    private static final int DAMAGES = Integer.getInteger("fuzz.damages", 120);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TempDir
    static Path fixtures;
    @TempDir
    Path tmp;

    private static Path imageRun;
    private static Path planeRun;
    private static RealReference real;

    @BeforeAll
    static void trainTheRuns() throws Exception {
        imageRun = fixtures.resolve("image");
        ExperimentConfig tiny = ExperimentConfig.baseline().with(Map.of("epochs", 2,
                "iterationsPerEpoch", 2, "genFilters", 8, "discFilters", 8, "batchSize", 16, "qualitySamples", 0,
                "seed", 3));
        RunSession.create(tiny, "stable", imageRun, false).train(TrainingListener.all(), new TrainingControl());
        planeRun = fixtures.resolve("plane");
        PlaneSettings settings = new PlaneSettings(PlaneData.RING_8, 2, 16, 2, 1e-3, 1e-3, 64, 1, 1,
                false, 1, false, 0, 0, 0, 0, false, 0, "bce", null, null, null, null, 3);
        PointsSession.create(settings, "plane-stable-ring", 500, planeRun).train(TrainingListener.all(),
                new TrainingControl());
        real = RealReference.of(Datasets.load(tiny));
    }

    @Test
    void damagedImageRunsAreReadOrRefusedByName() throws Exception {
        fuzz(imageRun, Long.getLong("fuzz.seed", 11), dir -> {
            readOrRefuse(dir, () -> RunRecords.read(dir.resolve(RunFiles.CONFIG)));
            readOrRefuse(dir, () -> RunFiles.readMetrics(dir.resolve(RunFiles.METRICS)));
            readOrRefuse(dir, () -> QualityFile.read(dir.resolve(QualityFile.FILE)));
            readOrRefuse(dir, () -> RunDiagnosis.read(dir));
            readOrRefuse(dir, () -> {
                for (int epoch : CheckpointFile.epochs(dir)) {
                    CheckpointFile.read(RunFiles.checkpoint(dir, epoch));
                }
                return null;
            });
            readOrRefuse(dir, () -> {
                RunReader.OpenedRun run = RunReader.open(dir);
                for (EpochGrid e : run.epochs()) {
                    assertThat(e.grid().count()).isEqualTo(100);
                    e.scores();
                }
                return RunDiagnosis.diagnose(run, real);
            });
            readOrRefuse(dir, () -> Resume.continueRun(dir, 1));
        });
    }

    @Test
    void damagedPlaneRunsAreReadOrRefusedByName() throws Exception {
        fuzz(planeRun, Long.getLong("fuzz.seed", 12), dir -> {
            readOrRefuse(dir, () -> Playground.resume(PlaneRunFolder.read(dir), null, TrainingListener.all()));
            readOrRefuse(dir, () -> PointsSession.continueFor(dir, 1));
            readOrRefuse(dir, () -> RunRecords.read(dir.resolve(RunFiles.CONFIG)));
        });
    }

    private interface Readers {
        void readAll(Path dir) throws Exception;
    }

    private interface Reader {
        Object read() throws Exception;
    }

    /** Damages a copy of {@code run} {@link #DAMAGES} times, each time reading it with every reader. */
    private void fuzz(Path run, long seed, Readers readers) throws Exception {
        Random random = new Random(seed);
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("precious.txt"), "precious");
        for (int i = 0; i < DAMAGES; i++) {
            Path dir = tmp.resolve("run");
            FileUtils.deleteQuietly(dir.toFile());
            FileUtils.copyDirectory(run.toFile(), dir.toFile());
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                damage(dir, random, outside);
            }
            List<String> before = listing(tmp);
            readers.readAll(dir);
            assertThat(listing(tmp)).as("files after damage %d", i).isEqualTo(before);
            assertThat(outside.resolve("precious.txt")).hasContent("precious");
        }
    }

    /** The reader's answer, or its refusal, which must name the folder or one of its files. */
    private static void readOrRefuse(Path dir, Reader reader) throws Exception {
        try {
            reader.read();
        } catch (IOException | Resume.ResumeException e) {
            assertThat(e.getMessage()).as("%s", e).isNotBlank()
                    .containsAnyOf(dir.getFileName().toString(), RunFiles.CONFIG, RunFiles.METRICS, ".ckpt", ".csv",
                            ".json", ".bin", ".png", "data:");
        }
    }

    private static void damage(Path dir, Random random, Path outside) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !Files.isSymbolicLink(p)).toList();
        }
        if (files.isEmpty()) {
            return;
        }
        Path f = files.get(random.nextInt(files.size()));
        byte[] bytes = Files.readAllBytes(f);
        switch (random.nextInt(9)) {
            case 0 -> Files.write(f, Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
            case 1 -> {
                for (int k = 1 + random.nextInt(8); k > 0 && bytes.length > 0; k--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                Files.write(f, bytes);
            }
            case 2 -> {
                byte[] garbage = new byte[random.nextInt(4096)];
                random.nextBytes(garbage);
                Files.write(f, garbage);
            }
            case 3 -> Files.delete(f);
            case 4 -> {
                Files.delete(f);
                Files.createSymbolicLink(f, random.nextBoolean() ? Path.of("/dev/zero") : outside);
            }
            case 5 -> {
                Files.delete(f);
                Files.createDirectory(f);
            }
            case 6 -> Files.write(f, new byte[] {'\n', 0, 'x', ','}, StandardOpenOption.APPEND);
            default -> { // a number in a text file made huge, negative or fractional
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (!spans.isEmpty()) {
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String[] choices = {"99999999999", "-1", "2147483647", "0", "1e308", "NaN", "0.5"};
                    text = text.substring(0, s[0]) + choices[random.nextInt(choices.length)] + text.substring(s[1]);
                    Files.write(f, text.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(p -> names.add(dir.relativize(p) + (Files.isDirectory(p) ? "/" : " " + size(p))));
        }
        names.sort(null);
        return names;
    }

    private static long size(Path p) {
        try {
            return Files.isSymbolicLink(p) ? -1 : Files.size(p);
        } catch (IOException e) {
            return -2;
        }
    }
}
