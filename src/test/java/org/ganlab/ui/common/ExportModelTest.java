package org.ganlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.SampleGrid;
import org.ganlab.run.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one export of the lab and the playground: each item writes a file a viewer opens, the message line says what
 * was written, and a file that cannot be written is named with nothing half-written left behind.
 */
class ExportModelTest {
    @TempDir
    Path dir;
    private final List<String> said = new ArrayList<>();
    private final ExportModel exports = new ExportModel(BackgroundTasks.synchronous(), said::add);

    @Test
    void everyItemWritesAFileThatOpensAndSaysSo() throws IOException {
        List<IterationMetrics> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(new IterationMetrics(i, (i + 9) / 10, 0.6, 0.7, 1.0 + i / 10.0, 0.5, 0.5, 0.5, 0.5, 0, 0, i));
        }
        List<EpochGrid> epochs = List.of(EpochGrid.of(1, 10, grid(0.1f), null, null),
                EpochGrid.of(2, 20, grid(0.8f), null, null));

        exports.grid(epochs.get(1).grid(), dir.resolve("grid.png"));
        exports.metrics(rows, dir.resolve("metrics.csv"));
        exports.progression(epochs, rows, dir.resolve("run.gif"));
        exports.frames(List.of(picture(), picture(), picture()), dir.resolve("checks.gif"));
        exports.png(picture(), dir.resolve("plane.png"));

        assertThat(ImageIO.read(dir.resolve("grid.png").toFile()).getWidth()).as("ten digits of 28 a row")
                .isGreaterThanOrEqualTo(280);
        assertThat(RunFiles.readMetrics(dir.resolve("metrics.csv")).rows()).as("every row back").isEqualTo(rows);
        assertThat(frames(dir.resolve("run.gif"))).as("a frame per epoch").isEqualTo(2);
        assertThat(frames(dir.resolve("checks.gif"))).as("a frame per check").isEqualTo(3);
        assertThat(ImageIO.read(dir.resolve("plane.png").toFile()).getWidth()).isEqualTo(60);
        assertThat(said).containsExactly("exported " + dir.resolve("grid.png"), "exported " + dir.resolve(
                "metrics.csv"), "exported " + dir.resolve("run.gif"), "exported " + dir.resolve("checks.gif"),
                "exported " + dir.resolve("plane.png"));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndNothingIsLeftBehind() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path nowhere = notAFolder.resolve("grid.png");
        exports.grid(grid(0.5f), nowhere);
        assertThat(said).singleElement().asString().startsWith("could not write " + nowhere + ": ");
        try (Stream<Path> left = Files.walk(dir)) {
            assertThat(left).containsExactlyInAnyOrder(dir, notAFolder);
        }
        exports.nothing("grid");
        assertThat(said.get(1)).isEqualTo("no grid to export yet");
    }

    private static SampleGrid grid(float ink) {
        float[] pixels = new float[100 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 28 < 14 ? ink : -1;
        }
        return new SampleGrid(100, 28, 1, pixels);
    }

    private static BufferedImage picture() {
        return new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    }

    private static int frames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            reader.dispose();
            return n;
        }
    }
}
