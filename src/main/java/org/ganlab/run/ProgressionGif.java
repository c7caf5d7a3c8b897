package org.ganlab.run;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.ganlab.images.GridImages;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;

/**
 * A run's progression as an animated GIF: one frame per epoch, its sample grid drawn crisp at twice its size under a
 * caption with the epoch's number, optionally beside the learning curves up to that epoch. Written with the JDK's
 * own GIF writer, looping, to a temporary file renamed into place.
 */
public final class ProgressionGif {
    /** Time each frame stays, in hundredths of a second; the last one stays three times as long. */
    static final int DELAY = 70;
    private static final int SCALE = 2;
    private static final int CAPTION = 44;

    private ProgressionGif() {
    }

    /**
     * @param curves the run's iterations, to draw the curves beside each grid, or null for the grids alone
     */
    public static void write(Path file, List<EpochGrid> frames, List<IterationMetrics> curves)
            throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("the run has no epoch to show yet");
        }
        int last = frames.get(frames.size() - 1).epoch();
        writeSequence(file, frames.size(), i -> frame(frames.get(i), last, curves));
    }

    /** Pictures already drawn (the plane playground's checks), one frame each, the last held longer. */
    public static void writeFrames(Path file, List<BufferedImage> images) throws IOException {
        if (images.isEmpty()) {
            throw new IOException("no picture to put in the GIF yet");
        }
        writeSequence(file, images.size(), images::get);
    }

    private static void writeSequence(Path file, int count, IntFunction<BufferedImage> frames)
            throws IOException {
        AtomicFiles.write(file, out -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream stream = Exports.memoryStream(out)) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < count; i++) {
                    BufferedImage image = frames.apply(i);
                    int delay = i == count - 1 ? 3 * DELAY : DELAY;
                    writer.writeToSequence(new IIOImage(image, null, metadata(writer, image, delay, i == 0)), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    /** One frame: the caption, the grid at twice its size and, when asked, the curves up to this epoch. */
    static BufferedImage frame(EpochGrid f, int lastEpoch, List<IterationMetrics> curves) {
        BufferedImage grid = GridImages.render(f.grid(), true).toBufferedImage();
        int gw = grid.getWidth() * SCALE;
        int gh = grid.getHeight() * SCALE;
        BufferedImage chart = null;
        int cw = 0;
        if (curves != null) {
            List<IterationMetrics> upTo = curves.stream().filter(m -> m.iteration() <= f.iteration()).toList();
            BufferedImage full = CurvesFigure.render(upTo, "epoch " + f.epoch());
            cw = (int) Math.round(full.getWidth() * (double) gh / full.getHeight());
            chart = full;
        }
        BufferedImage image = new BufferedImage(gw + cw + (chart == null ? 0 : 12), gh + CAPTION,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.drawString("Epoch " + f.epoch() + " of " + lastEpoch, 10, CAPTION - 12);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(grid, 0, CAPTION, gw, gh, null);
        if (chart != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(chart, gw + 12, CAPTION, cw, gh, null);
        }
        g.dispose();
        return image;
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage image, int delay, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0 with a loop count of 0: play forever
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
