package org.ganlab.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganlab.config.ConfigException;
import org.ganlab.config.DigitSelection;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Home;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses and loads the real images a configuration asks for. */
public final class Datasets {
    /** Where the bundled MNIST training set lives, relative to the working folder (the repository). */
    public static final Path BUNDLED_MNIST = Path.of("datasets", "mnist");
    /** At most this many images beyond a cap are kept aside, never trained on (see {@link ImageDataset#unseen()}). */
    public static final int UNSEEN_IMAGES = 100;
    private static final Logger LOG = LoggerFactory.getLogger(Datasets.class);

    private static record Key(Path folder, String digits, int cap, int size, boolean colour) { }

    private static Key cachedKey;
    private static ImageDataset cached;

    private Datasets() {
    }


    /** The folder the configuration reads from: its dataDir, or the bundled MNIST. */
    public static Path folderOf(ExperimentConfig config) {
        String dir = config.dataDir() == null ? "" : config.dataDir().trim();
        if (!dir.isEmpty()) {
            return Path.of(dir);
        }
        return Home.resolve(BUNDLED_MNIST);
    }

    /**
     * Loads the images selected by the configuration (folder, digits, cap) and checks that a batch fits in them.
     * The last selection is kept in memory, so a second run on the same data starts at once. What loading had to
     * say (files skipped) is the dataset's {@link ImageDataset#note()}.
     */
    public static ImageDataset load(ExperimentConfig config) throws IOException {
        return load(config, ImageFolders.Progress.NONE);
    }

    /** The same, telling {@code progress} how far the decoding of a picture folder has come. */
    public static synchronized ImageDataset load(ExperimentConfig config, ImageFolders.Progress progress)
            throws IOException {
        String pictures = config.imageFolder() == null ? "" : config.imageFolder().trim();
        Path folder = (pictures.isEmpty() ? folderOf(config) : Path.of(pictures)).toAbsolutePath().normalize();
        DigitSelection digits = DigitSelection.parse(config.digits());
        Key key = pictures.isEmpty() ? new Key(folder, digits.toString(), config.maxImages(), 28, false)
                : new Key(folder, "", config.maxImages(), config.imageSize(), config.colour());
        if (!key.equals(cachedKey)) {
            cached = null;
            if (pictures.isEmpty()) {
                cached = loadIdxFolder(folder, digits, config.maxImages());
            } else {
                ImageFolders.Loaded loaded = ImageFolders.load(folder, config.imageSize(), config.colour(),
                        config.maxImages(), progress);
                LOG.info("{}", loaded.summary());
                String note = loaded.skipped() > 0 ? loaded.summary() : "";
                if (!note.isEmpty()) {
                    LOG.warn("{}", note);
                }
                cached = loaded.dataset().withNote(note);
            }
            cachedKey = key;
        }
        if (config.batchSize() > cached.size()) {
            throw new ConfigException("batchSize", config.batchSize() + " is larger than the " + cached.size()
                    + " images selected; allowed: at most " + cached.size());
        }
        return cached;
    }

    /** Reads the training images and labels of an IDX folder, keeps the chosen digits, at most {@code cap} (0 = all). */
    public static ImageDataset loadIdxFolder(Path folder, DigitSelection digits, int cap) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder, "data folder not found (a relative dataDir is read from the folder the "
                    + "command runs in: start it in the project's folder, or give dataDir as an absolute path)");
        }
        MnistDigits images = MnistDigits.read(folder, MnistDigits.Part.TRAIN);
        byte[] labels = images.labels();
        int pixelsPerImage = images.rows() * images.cols();
        int available = 0;
        for (byte label : labels) {
            if (digits.includes(label & 0xff)) {
                available++;
            }
        }
        int selected = cap > 0 ? Math.min(available, cap) : available;
        if (selected == 0) {
            throw new DataException(folder, "no image has the label(s) " + digits);
        }
        int unseen = Math.min(UNSEEN_IMAGES, available - selected);
        byte[] pixels = new byte[selected * pixelsPerImage];
        byte[] unseenPixels = new byte[unseen * pixelsPerImage];
        byte[] selectedLabels = new byte[selected];
        byte[] unseenLabels = new byte[unseen];
        int n = 0;
        byte[] src = images.pixels();
        for (int i = 0; i < labels.length && n < selected + unseen; i++) {
            if (!digits.includes(labels[i] & 0xff)) {
                continue;
            }
            byte[] into = n < selected ? pixels : unseenPixels;
            if (n < selected) {
                selectedLabels[n] = labels[i];
            } else {
                unseenLabels[n - selected] = labels[i];
            }
            int from = i * pixelsPerImage;
            int to = (n < selected ? n : n - selected) * pixelsPerImage;
            System.arraycopy(src, from, into, to, pixelsPerImage);
            n++;
        }
        String what = folder.getFileName() + " digits " + digits + (cap > 0 ? " (cap " + cap + ")" : "");
        ImageDataset aside = unseen == 0 ? null
                : new ImageDataset(what + " beyond the cap", unseenPixels, unseenLabels, unseen, images.rows(),
                        images.cols(), 1, null);
        return new ImageDataset(what, pixels, selectedLabels, selected, images.rows(), images.cols(), 1, aside);
    }

    /** The training file of a kind in an IDX folder: names like train-images-idx3-ubyte(.gz) or train-images.idx3-ubyte. */
    static Path find(Path folder, String kind, String idx) throws IOException {
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.contains(kind) && name.contains(idx) && !name.startsWith("t10k") && Files.isRegularFile(p)) {
                    matches.add(p);
                }
            }
        }
        matches.sort((a, b) -> Boolean.compare(!a.getFileName().toString().startsWith("train"),
                !b.getFileName().toString().startsWith("train")));
        if (matches.isEmpty()) {
            throw new DataException(folder, "no training " + kind + " file (expected a name like train-" + kind
                    + "-" + idx + "-ubyte or train-" + kind + "-" + idx + "-ubyte.gz)");
        }
        return matches.get(0);
    }
}
