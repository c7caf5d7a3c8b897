package org.ganlab.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ganlab.config.DataKind;
import org.ganlab.images.GridImages;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.GridScores;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.SampleGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a run directory and keeps whatever is readable, listing what is missing or broken. */
public final class RunReader {
    private static final Pattern GRID = Pattern.compile("epoch-(\\d{3,})\\.png");

    /**
     * One epoch's grid, with D's held-out check when the run recorded one (else null). A grid read from a run folder
     * is decoded from its PNG when first asked for and kept in a small cache, so a run of hundreds of epochs opens
     * quickly and holds only the grids in use.
     */

    /** Decoded grids kept per opened run: enough to scrub and compare without decoding again, few enough to be light. */
    static final int CACHED_GRIDS = 48;
    /** The largest image a run trains on (the image size setting's upper bound). */
    static final int MAX_IMAGE_SIZE = 64;

    /** A grid picture decoded on demand, through a cache shared by the grids of one run. */
    private record PictureGrid(Path file, int size, int channels, Map<Path, SampleGrid> cache)
            implements Supplier<SampleGrid> {
        @Override
        public SampleGrid get() {
            synchronized (cache) {
                SampleGrid cached = cache.get(file);
                if (cached != null) {
                    return cached;
                }
            }
            SampleGrid grid;
            try {
                checkedCellSize(file); // replaced since the run was opened: its header is checked again
                BufferedImage img = ImageIO.read(file.toFile());
                if (img == null) {
                    throw new IOException("not a PNG image");
                }
                grid = GridImages.read(img, SampleGrid.GRID_IMAGES, size, channels, true);
            } catch (IOException | RuntimeException e) {
                // checked when the run was opened; changed or damaged since: show a blank grid rather than fail
                LOG.warn("{} cannot be read any more: {}", file, e.toString());
                float[] blank = new float[SampleGrid.GRID_IMAGES * size * size * channels];
                Arrays.fill(blank, -1f);
                grid = new SampleGrid(SampleGrid.GRID_IMAGES, size, channels, blank);
            }
            synchronized (cache) {
                cache.put(file, grid);
            }
            return grid;
        }
    }

    /**
     * D's scores of one epoch, read from their file when first asked for and then kept (a few hundred numbers; a run
     * recorded before they were kept has none).
     */
    private static final class ScoresFile implements Supplier<GridScores> {
        private final Path file;
        private boolean read;
        private GridScores scores;

        ScoresFile(Path file) {
            this.file = file;
        }

        @Override
        public synchronized GridScores get() {
            if (!read) {
                scores = RunFiles.readScores(file);
                read = true;
            }
            return scores;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunReader.class);

    /**
     * A run as read.
     *
     * @param record   config.json, or null when it is missing or unreadable
     * @param problems one line per file that is missing or could not be read
     */
    public record OpenedRun(Path dir, RunRecord record, List<IterationMetrics> metrics, List<EpochGrid> epochs,
                            List<String> problems) {
        /** The iteration a branch left its parent at (its checkpoint's last iteration), or -1 for a run that is none. */
        public int branchIteration() {
            if (record == null || record.branchedFrom() == null) {
                return -1;
            }
            int epoch = record.branchedFrom().epoch();
            return metrics.stream().filter(m -> m.epoch() == epoch).mapToInt(IterationMetrics::iteration).max()
                    .orElse(-1);
        }

        public String title() {
            return record != null && record.preset() != null ? record.preset() + " (" + dir.getFileName() + ")"
                    : dir.getFileName().toString();
        }
    }

    private RunReader() {
    }

    /**
     * Opens the run on images in {@code dir}: what is readable, and a line for each file missing or broken.
     *
     * @throws IOException when it is not a folder, holds nothing of a run, or is a run on points
     */
    public static OpenedRun open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        List<String> problems = new ArrayList<>();
        RunRecord record = null;
        Path config = dir.resolve(RunFiles.CONFIG);
        if (Files.exists(config)) {
            try {
                record = RunRecords.read(config);
            } catch (IOException e) {
                problems.add(RunFiles.CONFIG + " is unreadable: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (record != null && record.kind() == DataKind.POINTS) {
                throw new IOException(dir + " is a run on points: it opens in the 2-D playground (and diagnose, "
                        + "continue and branch take it)");
            }
            if (record != null && record.status() == RunStatus.RUNNING && !RunLock.held(dir)) {
                record = record.withStatus(RunStatus.INTERRUPTED, interrupted(record.completedEpochs()));
            }
        } else {
            problems.add(RunFiles.CONFIG + " is missing");
        }
        List<IterationMetrics> metrics = List.of();
        Path csv = dir.resolve(RunFiles.METRICS);
        if (Files.exists(csv)) {
            try {
                RunFiles.MetricsRead read = RunFiles.readMetrics(csv);
                metrics = read.rows();
                problems.addAll(read.problems());
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        } else {
            problems.add(RunFiles.METRICS + " is missing");
        }
        int channels = record != null && record.config().colour() && !record.config().imageFolder().isBlank() ? 3 : 1;
        var heldOut = RunFiles.readHeldOut(dir.resolve(RunFiles.HELD_OUT), problems);
        List<EpochGrid> epochs = readGrids(dir, metrics, heldOut, problems, channels);
        if (epochs.isEmpty()) {
            problems.add("no sample grid (samples/epoch-NNN.png)");
        }
        if (record == null && metrics.isEmpty() && epochs.isEmpty()) {
            throw new IOException(dir + ": not a GAN Lab run (no config.json, metrics.csv or samples)");
        }
        return new OpenedRun(dir, record, metrics, epochs, problems);
    }

    /** How an interrupted run is described. */
    public static String interrupted(int completedEpochs) {
        return "interrupted at epoch " + (completedEpochs + 1) + ": the training process ended before finishing; "
                + completedEpochs + (completedEpochs == 1 ? " epoch is" : " epochs are") + " complete";
    }

    private static List<EpochGrid> readGrids(Path dir, List<IterationMetrics> metrics,
                                             Map<Integer, HeldOutCheck> heldOut, List<String> problems,
                                             int channels) throws IOException {
        List<EpochGrid> grids = new ArrayList<>();
        Map<Path, SampleGrid> cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, SampleGrid> eldest) {
                return size() > CACHED_GRIDS;
            }
        };
        Path samples = dir.resolve(RunFiles.SAMPLES);
        if (!Files.isDirectory(samples)) {
            return grids;
        }
        Map<Integer, Integer> lastIteration = lastIterations(metrics);
        List<Path> files;
        try (var list = Files.list(samples)) {
            files = list.filter(p -> GRID.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = GRID.matcher(file.getFileName().toString());
            m.matches();
            int epoch = RunFiles.epochNumber(m.group(1));
            if (epoch < 0) {
                problems.add("samples/" + file.getFileName() + " is not a grid the lab wrote (epochs go up to "
                        + RunFiles.MAX_EPOCH + ")");
                continue;
            }
            try {
                int size = checkedCellSize(file);
                grids.add(new EpochGrid(epoch, lastIteration.getOrDefault(epoch, 0),
                        new PictureGrid(file, size, channels, cache), heldOut.get(epoch),
                        new ScoresFile(RunFiles.scores(dir, epoch))));
            } catch (IOException | RuntimeException e) {
                problems.add("samples/" + file.getFileName() + " is unreadable (" + e.getMessage() + ")");
            }
        }
        return grids;
    }

    /**
     * The image size of a grid picture, from its header alone: a square of 10 x 10 images of at most the largest
     * image size a run trains at, so a picture that claims 40,000 pixels a side is refused before it is decoded.
     */
    private static int checkedCellSize(Path file) throws IOException {
        ReadLimits.requireRegular(file, ReadLimits.TABLE);
        int[] wh = pictureSize(file);
        int size = gridCellSize(wh[0]);
        if (wh[1] != wh[0]) {
            throw new IOException("a 10x10 grid picture is square, not " + wh[0] + "x" + wh[1]);
        }
        return size;
    }

    /** Width and height from the picture's header, without decoding its pixels. */
    private static int[] pictureSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not a PNG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    /** The image size of a 10 x 10 grid picture of the given width. */
    static int gridCellSize(int width) throws IOException {
        int inner = width - 11 * GridImages.GAP;
        if (inner <= 0 || inner % 10 != 0) {
            throw new IOException("a 10x10 grid picture cannot be " + width + " pixels wide");
        }
        if (inner / 10 > MAX_IMAGE_SIZE) {
            throw new IOException("a 10x10 grid picture cannot be " + width + " pixels wide (its images would be "
                    + inner / 10 + " pixels a side; a run's are at most " + MAX_IMAGE_SIZE + ")");
        }
        return inner / 10;
    }

    /** The last iteration of each epoch. */
    private static Map<Integer, Integer> lastIterations(List<IterationMetrics> metrics) {
        Map<Integer, Integer> last = new HashMap<>();
        for (IterationMetrics m : metrics) {
            last.merge(m.epoch(), m.iteration(), Math::max);
        }
        return last;
    }
}
