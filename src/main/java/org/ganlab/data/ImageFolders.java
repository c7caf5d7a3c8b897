package org.ganlab.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A folder of pictures (JPEG or PNG, subfolders included) as training images: each is centre-cropped to a square,
 * resized to the chosen size, kept in colour or turned grey, and scaled to [-1, 1]. Files that cannot be read are
 * skipped and counted; a folder with no readable picture is refused, naming the folder.
 */
public final class ImageFolders {
    /** What was loaded and what was skipped. */
    public record Loaded(ImageDataset dataset, int skipped, List<String> skippedExamples) {
        /** One line for the user, for example "412 images from pets; 3 files skipped (unreadable: a.jpg, ...)". */
        public String summary() {
            String text = dataset.size() + " images from " + dataset.description();
            if (skipped > 0) {
                text += "; " + skipped + " file" + (skipped == 1 ? "" : "s") + " skipped (unreadable: "
                        + String.join(", ", skippedExamples) + (skipped > skippedExamples.size() ? ", ..." : "") + ")";
            }
            return text;
        }
    }

    private ImageFolders() {
    }

    static boolean isPicture(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
    }

    /**
     * @param size   height and width of the training images (28, 32 or 64)
     * @param colour RGB when true, grey otherwise
     * @param cap    at most this many images, 0 for all
     */
    public static Loaded load(Path folder, int size, boolean colour, int cap) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder, "image folder not found");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ImageFolders::isPicture).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new DataException(folder, "no JPEG or PNG files in this folder or its subfolders");
        }
        int channels = colour ? 3 : 1;
        int pixels = size * size * channels;
        List<float[]> images = new ArrayList<>();
        List<String> skippedNames = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            if (cap > 0 && images.size() >= cap) {
                break;
            }
            BufferedImage img;
            try {
                img = ImageIO.read(file.toFile());
            } catch (IOException | RuntimeException e) {
                img = null;
            }
            if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
                skipped++;
                if (skippedNames.size() < 3) {
                    skippedNames.add(folder.relativize(file).toString());
                }
                continue;
            }
            images.add(toPixels(squareResized(img, size), colour));
        }
        if (images.isEmpty()) {
            throw new DataException(folder, "none of the " + files.size() + " picture files could be read");
        }
        float[] all = new float[images.size() * pixels];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, all, i * pixels, pixels);
        }
        ImageDataset data = new ImageDataset(folder.getFileName() + " (" + size + "x" + size + (colour ? " colour)" : " grey)"),
                all, images.size(), size, size, channels);
        return new Loaded(data, skipped, skippedNames);
    }

    /** The largest centred square of the picture, resized to size x size with bilinear filtering. */
    static BufferedImage squareResized(BufferedImage img, int size) {
        int side = Math.min(img.getWidth(), img.getHeight());
        int x = (img.getWidth() - side) / 2;
        int y = (img.getHeight() - side) / 2;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, size, size, x, y, x + side, y + side, null);
        g.dispose();
        return out;
    }

    /** Row-major pixels, channels last, in [-1, 1]; grey is the luma of the colour. */
    static float[] toPixels(BufferedImage img, boolean colour) {
        int size = img.getWidth();
        float[] px = new float[size * size * (colour ? 3 : 1)];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int at = y * size + x;
                if (colour) {
                    px[3 * at] = r / 127.5f - 1f;
                    px[3 * at + 1] = gr / 127.5f - 1f;
                    px[3 * at + 2] = b / 127.5f - 1f;
                } else {
                    px[at] = (0.299f * r + 0.587f * gr + 0.114f * b) / 127.5f - 1f;
                }
            }
        }
        return px;
    }
}
