package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.ganlab.images.GridImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's progression as an animated GIF: a frame per epoch, in order, with its grid, looping. */
class ProgressionGifTest {
    @TempDir
    Path tmp;

    @Test
    void oneFramePerEpochEachShowingItsGridAndTheAnimationLoops() throws Exception {
        RunReader.OpenedRun run = RunReader.open(MadeUpRuns.write(tmp.resolve("run"), 3));
        Path gif = tmp.resolve("progress.gif");
        ProgressionGif.write(gif, run.epochs(), null);

        List<BufferedImage> images = new ArrayList<>();
        List<String> delays = new ArrayList<>();
        boolean loops = false;
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                images.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                delays.add(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0))
                        .getAttribute("delayTime"));
                loops |= root.getElementsByTagName("ApplicationExtension").getLength() > 0;
            }
        }
        assertThat(images).hasSize(3);
        assertThat(delays).containsExactly("70", "70", "210");
        assertThat(loops).as("NETSCAPE2.0 loop extension").isTrue();
        // each frame holds its own epoch's grid (the grids differ, so the frames do)
        assertThat(pixels(images.get(0))).isNotEqualTo(pixels(images.get(2)));
        BufferedImage grid = GridImages.render(run.epochs().get(1).grid(), true).toBufferedImage();
        assertThat(images.get(1).getWidth()).isEqualTo(2 * grid.getWidth());
        assertThat(images.get(1).getHeight()).isGreaterThan(2 * grid.getHeight());
    }

    @Test
    void withCurvesEachFrameIsWiderAndARunWithoutEpochsIsRefused() throws Exception {
        RunReader.OpenedRun run = RunReader.open(MadeUpRuns.write(tmp.resolve("run"), 2));
        BufferedImage plain = ProgressionGif.frame(run.epochs().get(0), 2, null);
        BufferedImage withCurves = ProgressionGif.frame(run.epochs().get(0), 2, run.metrics());
        assertThat(withCurves.getWidth()).isGreaterThan(plain.getWidth());
        assertThat(withCurves.getHeight()).isEqualTo(plain.getHeight());

        Path gif = tmp.resolve("none.gif");
        assertThatThrownBy(() -> ProgressionGif.write(gif, List.of(), null)).hasMessageContaining("no epoch");
        assertThat(Files.exists(gif)).isFalse();
    }

    /** The playground's GIF: the pictures as drawn, one frame each, in order; none is refused and writes nothing. */
    @Test
    void picturesAlreadyDrawnBecomeOneFrameEach() throws Exception {
        List<BufferedImage> drawn = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            image.setRGB(i * 10, 5, 0xffffff); // a mark that moves from frame to frame
            drawn.add(image);
        }
        Path gif = tmp.resolve("plane.gif");
        ProgressionGif.writeFrames(gif, drawn);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
            BufferedImage third = reader.read(2);
            assertThat(third.getRGB(20, 5) & 0xffffff).isEqualTo(0xffffff);
            assertThat(third.getRGB(0, 5) & 0xffffff).isZero();
        }
        Path none = tmp.resolve("none-plane.gif");
        assertThatThrownBy(() -> ProgressionGif.writeFrames(none, List.of())).hasMessageContaining("no picture");
        assertThat(Files.exists(none)).isFalse();
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
