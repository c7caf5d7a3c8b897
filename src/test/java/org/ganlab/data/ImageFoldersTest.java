package org.ganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.ganlab.cli.GanLabCli;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.ConfigSchema;
import org.ganlab.model.Conv2d;
import org.ganlab.model.Mode;
import org.ganlab.model.TransposedConv2d;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.RunReader;
import org.ganlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.ganlab.config.ExperimentConfig;

/** A folder of the user's own pictures: made here from coloured shapes, with a broken file among them. */
class ImageFoldersTest {
    @TempDir
    Path dir;

    /** Writes n pictures of coloured discs and squares on varied backgrounds, non-square, PNG and JPEG. */
    static void shapes(Path folder, int n) throws IOException {
        Files.createDirectories(folder.resolve("more"));
        for (int i = 0; i < n; i++) {
            BufferedImage img = new BufferedImage(80 + i % 3 * 10, 60, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(20 * (i % 10), 200 - 15 * (i % 10), 120));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(i % 2 == 0 ? Color.RED : Color.YELLOW);
            if (i % 2 == 0) {
                g.fillOval(20 + i % 5, 10, 30, 30);
            } else {
                g.fillRect(25, 15 + i % 4, 25, 25);
            }
            g.dispose();
            Path target = (i % 3 == 0 ? folder.resolve("more") : folder).resolve("shape-" + i + (i % 4 == 0 ? ".jpg" : ".png"));
            ImageIO.write(img, i % 4 == 0 ? "jpg" : "png", target.toFile());
        }
    }

    @Test
    void picturesAreCroppedResizedAndScaledAndBrokenFilesCounted() throws IOException {
        shapes(dir, 40);
        Files.writeString(dir.resolve("broken.png"), "not a picture");
        ImageFolders.Loaded loaded = ImageFolders.load(dir, 32, true, 0);
        ImageDataset data = loaded.dataset();
        assertThat(data.size()).isEqualTo(40);
        assertThat(data.channels()).isEqualTo(3);
        assertThat(data.height()).isEqualTo(32);
        assertThat(loaded.skipped()).isEqualTo(1);
        assertThat(loaded.summary()).contains("40 images").contains("1 file skipped").contains("broken.png");
        float[] first = data.image(0);
        assertThat(first).hasSize(32 * 32 * 3);
        for (float v : first) {
            assertThat(v).isBetween(-1f, 1f);
        }
        ImageDataset viaSettings = Datasets.load(ExperimentConfig.baseline().with(Map.of("imageFolder", dir.toString(), "imageSize", 32, "colour", true,
                "batchSize", 16)));
        assertThat(viaSettings.note()).contains("1 file skipped").contains("broken.png");
        assertThat(ImageFolders.load(dir, 28, false, 10).dataset().channels()).isEqualTo(1);
        assertThat(ImageFolders.load(dir, 28, false, 10).dataset().size()).isEqualTo(10);
    }

    @Test
    void emptyFoldersAndFoldersOfBrokenFilesAreRefusedByName() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-folder"));
        assertThatThrownBy(() -> ImageFolders.load(empty, 32, true, 0)).isInstanceOf(DataException.class)
                .hasMessageContaining("empty-folder").hasMessageContaining("no JPEG or PNG");
        Path broken = Files.createDirectories(dir.resolve("only-broken"));
        Files.writeString(broken.resolve("a.jpg"), "nope");
        Files.writeString(broken.resolve("b.png"), "nope");
        assertThatThrownBy(() -> ImageFolders.load(broken, 32, true, 0)).hasMessageContaining("only-broken")
                .hasMessageContaining("none of the 2 picture files could be read");
    }

    @Test
    void theHeadlessRunnerTrainsOnAFolderAndTheRunReadsBackInColour() throws IOException {
        Path pictures = dir.resolve("pictures");
        shapes(pictures, 24);
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        int status = GanLabCli.run(new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), "train", "--epochs", "1", "--set", "imageFolder=" + pictures,
                "--set", "imageSize=32", "--set", "colour=true", "--set", "iterationsPerEpoch=2", "--set", "genFilters=8", "--set", "qualitySamples=0",
                "--set", "discFilters=8", "--set", "batchSize=8", "--out", out.toString());
        assertThat(status).as(err.toString()).isZero();
        var opened = RunReader.open(out);
        assertThat(opened.problems()).isEmpty();
        assertThat(opened.epochs().get(0).grid().channels()).isEqualTo(3);
        assertThat(opened.epochs().get(0).grid().size()).isEqualTo(32);

        int bad = GanLabCli.run(new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), "train", "--set", "imageFolder=" + dir.resolve("nowhere"),
                "--out", dir.resolve("run2").toString());
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("imageFolder").contains("nowhere").contains("does not exist");
    }

    @Test
    void theRadfordDcganTrainsOnColour64x64AndItsShapesAreRight() throws IOException {
        shapes(dir, 20);
        var config = ExperimentConfig.baseline().with(Map.of("imageFolder", dir.toString(), "imageSize", 64, "colour", true,
                "architecture", "DCGAN", "genFilters", 8, "discFilters", 8, "batchSize", 8, "epochs", 1,
                "iterationsPerEpoch", 2));
        assertThat(ConfigSchema.problems(config)).isEmpty();
        ImageDataset data = Datasets.load(config);
        Trainer trainer = new Trainer(config, data);
        // four stride-2 layers each way: G 4 -> 8 -> 16 -> 32 -> 64, D 64 -> 32 -> 16 -> 8 -> 4
        assertThat(trainer.generator().layers().stream().filter(l -> l instanceof TransposedConv2d))
                .hasSize(4);
        assertThat(trainer.discriminator().layers().stream().filter(l -> l instanceof Conv2d))
                .hasSize(4);
        var images = trainer.generator().forward(Nd4j.randn(
                DataType.FLOAT, 3, 100), Mode.TRAIN);
        assertThat(images.shape()).containsExactly(3, 64, 64, 3);
        assertThat(trainer.discriminator().forward(images, Mode.TRAIN).shape()).containsExactly(3, 1);
        List<IterationMetrics> rows = new ArrayList<>();
        RunStatus status = trainer.train(new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                rows.add(m);
            }
        }, new TrainingControl());
        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(rows).hasSize(2).allSatisfy(m -> assertThat(m.finite()).isTrue());
        assertThat(ConfigSchema.problems(ExperimentConfig.baseline().with(Map.of("architecture", "DCGAN"))))
                .extracting(ConfigProblem::field).contains("architecture");
    }

    @Test
    void aColourFolderTrainsForAFewIterations() throws IOException {
        shapes(dir, 24);
        ImageDataset data = ImageFolders.load(dir, 32, true, 0).dataset();
        var config = ExperimentConfig.baseline().with(Map.of("genFilters", 8, "discFilters", 8, "batchSize", 8, "epochs", 1,
                "iterationsPerEpoch", 3));
        List<IterationMetrics> rows = new ArrayList<>();
        int[] gridChannels = new int[1];
        RunStatus status = new Trainer(config, data).train(new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                rows.add(m);
            }

            @Override
            public void epoch(EpochSnapshot s) {
                gridChannels[0] = s.fixed().channels();
                assertThat(s.fixed().size()).isEqualTo(32);
            }
        }, new TrainingControl());
        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(rows).hasSize(3).allSatisfy(m -> assertThat(m.finite()).isTrue());
        assertThat(gridChannels[0]).isEqualTo(3);
    }

    /** A PNG of a few hundred bytes whose header claims a 40,000 x 40,000 canvas (a decompression bomb). */
    static void bomb(Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(40_000).putInt(40_000)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        try (var z = new DeflaterOutputStream(zeros)) {
            z.write(new byte[40_001 * 8]);
        }
        chunk(png, "IDAT", zeros.toByteArray());
        chunk(png, "IEND", new byte[0]);
        Files.write(file, png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(type.getBytes(StandardCharsets.US_ASCII));
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void aPictureClaimingAnEnormousCanvasIsSkippedAndNamedWithoutDecodingIt() throws IOException {
        shapes(dir, 6);
        bomb(dir.resolve("bomb.png"));
        assertThat(Files.size(dir.resolve("bomb.png"))).isLessThan(10_000);
        ImageFolders.Loaded loaded = ImageFolders.load(dir, 32, false, 0);
        assertThat(loaded.dataset().size()).isEqualTo(6);
        assertThat(loaded.summary()).contains("bomb.png: 40000x40000, over the 64-megapixel limit");
    }

    @Test
    void theSecondLoadOfAFolderComesFromTheCacheUntilAPictureChanges() throws IOException {
        shapes(dir, 12);
        Files.writeString(dir.resolve("broken.png"), "not a picture");
        List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
        ImageFolders.Loaded first = ImageFolders.load(dir, 32, true, 0, (done, total) -> seen.add(new int[] {done, total}));
        assertThat(first.fromCache()).isFalse();
        assertThat(seen).hasSize(13).allSatisfy(p -> assertThat(p[1]).isEqualTo(13));
        assertThat(seen.stream().mapToInt(p -> p[0]).max().orElse(0)).isEqualTo(13);

        ImageFolders.Loaded second = ImageFolders.load(dir, 32, true, 0);
        assertThat(second.fromCache()).isTrue();
        assertThat(second.summary()).contains("12 images").contains("(cached)").contains("broken.png: unreadable");
        for (int i = 0; i < 12; i++) {
            assertThat(second.dataset().image(i)).containsExactly(first.dataset().image(i));
        }
        // other settings are another cache entry
        assertThat(ImageFolders.load(dir, 32, false, 0).fromCache()).isFalse();
        // a picture edited (another size) is noticed
        shapes(dir.resolve("added"), 1);
        ImageFolders.Loaded third = ImageFolders.load(dir, 32, true, 0);
        assertThat(third.fromCache()).isFalse();
        assertThat(third.dataset().size()).isEqualTo(13);
    }

    @Test
    void aDamagedCacheIsReportedAndThePicturesDecodedAgain() throws IOException {
        shapes(dir, 5);
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(ImageFolders::isPicture).sorted().toList();
        }
        ImageFolders.Loaded first = ImageFolders.load(dir, 28, false, 0);
        Path cached = PictureCache.of(dir, files, 28, false, 0).file();
        assertThat(cached).exists();
        byte[] bytes = Files.readAllBytes(cached);
        Files.write(cached, Arrays.copyOf(bytes, bytes.length / 2));
        ImageFolders.Loaded again = ImageFolders.load(dir, 28, false, 0);
        assertThat(again.fromCache()).isFalse();
        assertThat(again.dataset().image(4)).containsExactly(first.dataset().image(4));
        assertThat(Files.size(cached)).as("rewritten whole").isEqualTo(bytes.length);
    }
}
