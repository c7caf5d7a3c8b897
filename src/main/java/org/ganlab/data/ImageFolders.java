package org.ganlab.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A folder of pictures (JPEG or PNG, subfolders included) as training images: each is centre-cropped to a square,
 * resized to the chosen size, kept in colour or turned grey, and kept as 8-bit pixels. Pictures are decoded on every
 * core, and what they decode to is cached ({@link PictureCache}) so the next start on the same folder with the same
 * settings reads one file. Files that cannot be read, and pictures over {@link #MAX_PIXELS} (a small file can claim
 * an enormous canvas), are skipped and named; a folder with no readable picture is refused, naming the folder.
 */
public final class ImageFolders {
    /** Pictures with more pixels than this are skipped before decoding: 64 megapixels (an 8K frame has 33). */
    public static final long MAX_PIXELS = 64L << 20;
    /**
     * The most bytes of pixels a folder's pictures are kept in: 1.5 GB (120,000 colour pictures at 64x64, or two
     * million grey ones at 28x28), so that a folder of any size loads into one array a student's laptop can hold.
     * A folder with more pictures is read up to it, in file order, and says so.
     */
    public static final long MAX_BYTES = 1536L << 20;
    /** The most files and folders a walk of the folder visits: one folder too many (say /usr) is refused, not read. */
    public static final int MAX_ENTRIES = 1_000_000;
    /** Pictures decoded between two checks of the cap, per thread. */
    private static final int CHUNK_PER_THREAD = 16;

    /** Told how far decoding has come; called from the decoding threads. */
    @FunctionalInterface
    public interface Progress {
        void decoded(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Why one file was skipped. */
    public record Skipped(String file, String reason) { }

    /** What was loaded and what was skipped. */
    public record Loaded(ImageDataset dataset, int skipped, List<Skipped> skippedExamples, boolean fromCache) {
        /** The names of the first few skipped files. */
        public List<String> skippedNames() {
            return skippedExamples.stream().map(Skipped::file).toList();
        }

        /**
         * One line for the user, for example "412 images from pets; 3 files skipped (a.jpg: unreadable; b.png:
         * 40000x40000, over the 64-megapixel limit; ...)".
         */
        public String summary() {
            String text = dataset.size() + " images from " + dataset.description() + (fromCache ? " (cached)" : "");
            if (skipped > 0) {
                List<String> named = skippedExamples.stream().map(s -> s.file() + ": " + s.reason()).toList();
                text += "; " + skipped + " file" + (skipped == 1 ? "" : "s") + " skipped (" + String.join("; ", named)
                        + (skipped > skippedExamples.size() ? "; ..." : "") + ")";
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

    public static Loaded load(Path folder, int size, boolean colour, int cap) throws IOException {
        return load(folder, size, colour, cap, Progress.NONE);
    }

    /**
     * @param size     height and width of the training images (28, 32 or 64)
     * @param colour   RGB when true, grey otherwise
     * @param cap      at most this many images, 0 for all
     * @param progress told how many of the picture files have been decoded so far (from any thread); not called when
     *                 the cache answers
     */
    public static Loaded load(Path folder, int size, boolean colour, int cap, Progress progress)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder, "image folder not found");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            Iterator<Path> entries = walk.iterator();
            for (int visited = 0; entries.hasNext(); visited++) {
                if (visited == MAX_ENTRIES) {
                    throw new DataException(folder, "holds more than " + MAX_ENTRIES + " files and folders; choose "
                            + "a folder of pictures");
                }
                Path p = entries.next();
                if (isPicture(p) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new DataException(folder, "no JPEG or PNG files in this folder or its subfolders");
        }
        String description = folder.getFileName() + " (" + size + "x" + size + (colour ? " colour)" : " grey)");
        PictureCache cache = PictureCache.of(folder, files, size, colour, cap);
        Loaded cached = cache.read(description);
        if (cached != null) {
            return cached;
        }
        Loaded loaded = decode(folder, files, size, colour, cap, description, progress);
        cache.write(loaded);
        return loaded;
    }

    private static Loaded decode(Path folder, List<Path> files, int size, boolean colour, int cap, String description,
                                 Progress progress) throws IOException {
        int channels = colour ? 3 : 1;
        int pixels = size * size * channels;
        int room = (int) Math.min(MAX_BYTES / pixels, Integer.MAX_VALUE / pixels);
        boolean limited = files.size() > room && (cap <= 0 || cap > room);
        int limit = cap <= 0 ? room : Math.min(cap, room);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // one array from the start, filled in place: a list of pictures copied into it at the end would need twice
        byte[] all = new byte[Math.min(files.size(), limit) * pixels];
        int count = 0;
        List<Skipped> skippedExamples = new ArrayList<>();
        int skipped = 0;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "picture-decoder");
            t.setDaemon(true);
            return t;
        });
        try {
            Iterator<Path> next = files.iterator();
            // in chunks, in file order: the cap keeps the first readable pictures, as a sequential load would
            while (next.hasNext() && count < limit) {
                List<Path> chunk = new ArrayList<>();
                while (next.hasNext() && chunk.size() < threads * CHUNK_PER_THREAD) {
                    chunk.add(next.next());
                }
                List<Future<Object>> results = new ArrayList<>();
                for (Path file : chunk) {
                    results.add(pool.submit(() -> {
                        Object r = decodeOne(file, size, colour);
                        progress.decoded(done.incrementAndGet(), files.size());
                        return r;
                    }));
                }
                for (int i = 0; i < chunk.size(); i++) {
                    Object r = result(results.get(i));
                    if (r instanceof byte[] picture) {
                        if (count < limit) {
                            System.arraycopy(picture, 0, all, count * pixels, pixels);
                            count++;
                        }
                    } else {
                        skipped++;
                        if (skippedExamples.size() < 3) {
                            skippedExamples.add(new Skipped(folder.relativize(chunk.get(i)).toString(), (String) r));
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (count == 0) {
            throw new DataException(folder, "none of the " + files.size() + " picture files could be read");
        }
        if (count * pixels < all.length) {
            all = Arrays.copyOf(all, count * pixels); // some were skipped
        }
        String kept = limited && count == room ? description + "; the first " + room + " of its "
                + files.size() + " pictures (the pictures a run keeps take at most " + (MAX_BYTES >> 20) + " MB)"
                : description;
        return new Loaded(new ImageDataset(kept, all, all.length / pixels, size, size, channels), skipped,
                List.copyOf(skippedExamples), false);
    }

    private static Object result(Future<Object> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decoding pictures", e);
        } catch (ExecutionException e) {
            return "unreadable (" + e.getCause() + ")";
        }
    }

    /** The picture's pixels at the training size, or why it was skipped. */
    static Object decodeOne(Path file, int size, boolean colour) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return "unreadable";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < 1 || h < 1) {
                    return "unreadable";
                }
                if (w * h > MAX_PIXELS) {
                    return w + "x" + h + ", over the " + (MAX_PIXELS >> 20) + "-megapixel limit";
                }
                // read every k-th pixel of a picture far larger than the training size: the resize samples only a
                // few source pixels per output pixel anyway, and decoding a fraction of them is much faster
                int k = (int) Math.max(1, Math.min(w, h) / (2L * size));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(k, k, 0, 0);
                BufferedImage img = reader.read(0, param);
                return toBytes(squareResized(img, size), colour);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        } catch (OutOfMemoryError e) {
            return "too large to decode in this heap";
        }
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

    /** Row-major 8-bit pixels, channels last; grey is the luma of the colour, rounded. */
    static byte[] toBytes(BufferedImage img, boolean colour) {
        int size = img.getWidth();
        byte[] px = new byte[size * size * (colour ? 3 : 1)];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int gr = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int at = y * size + x;
                if (colour) {
                    px[3 * at] = (byte) r;
                    px[3 * at + 1] = (byte) gr;
                    px[3 * at + 2] = (byte) b;
                } else {
                    px[at] = (byte) Math.round(0.299f * r + 0.587f * gr + 0.114f * b);
                }
            }
        }
        return px;
    }
}
