package org.ganlab.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ganlab.train.HeldOutCheck;
import org.ganlab.train.IterationMetrics;
import org.ganlab.train.RunStatus;
import org.ganlab.train.SampleGrid;
import org.ganlab.train.Trainer;

/** Opens a run directory and keeps whatever is readable, listing what is missing or broken. */
public final class RunReader {
    private static final Pattern GRID = Pattern.compile("epoch-(\\d{3,})\\.png");

    /** One epoch's grid as read back from its PNG, with D's held-out check when the run recorded one (else null). */
    public record EpochGrid(int epoch, int iteration, SampleGrid grid, HeldOutCheck heldOut) { }

    /**
     * A run as read.
     *
     * @param record   config.json, or null when it is missing or unreadable
     * @param problems one line per file that is missing or could not be read
     */
    public record OpenedRun(Path dir, RunRecord record, List<IterationMetrics> metrics, List<EpochGrid> epochs,
                            List<String> problems) {
        public String title() {
            return record != null && record.preset() != null ? record.preset() + " (" + dir.getFileName() + ")"
                    : dir.getFileName().toString();
        }
    }

    private RunReader() {
    }

    public static OpenedRun open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder");
        }
        List<String> problems = new ArrayList<>();
        RunRecord record = null;
        Path config = dir.resolve(RunFiles.CONFIG);
        if (Files.isRegularFile(config)) {
            try {
                record = RunRecords.read(config);
                if (record.status() == RunStatus.RUNNING && !RunLock.held(dir)) {
                    record = record.withStatus(RunStatus.INTERRUPTED, interrupted(record.completedEpochs()));
                }
            } catch (IOException e) {
                problems.add(RunFiles.CONFIG + " is unreadable: " + e.getMessage().lines().findFirst().orElse(""));
            }
        } else {
            problems.add(RunFiles.CONFIG + " is missing");
        }
        List<IterationMetrics> metrics = List.of();
        Path csv = dir.resolve(RunFiles.METRICS);
        if (Files.isRegularFile(csv)) {
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
                                             java.util.Map<Integer, HeldOutCheck> heldOut, List<String> problems,
                                             int channels) throws IOException {
        List<EpochGrid> grids = new ArrayList<>();
        Path samples = dir.resolve(RunFiles.SAMPLES);
        if (!Files.isDirectory(samples)) {
            return grids;
        }
        List<Path> files;
        try (var list = Files.list(samples)) {
            files = list.filter(p -> GRID.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = GRID.matcher(file.getFileName().toString());
            m.matches();
            int epoch = Integer.parseInt(m.group(1));
            try {
                BufferedImage img = ImageIO.read(file.toFile());
                if (img == null) {
                    throw new IOException("not a PNG image");
                }
                int size = gridCellSize(img.getWidth());
                grids.add(new EpochGrid(epoch, lastIteration(metrics, epoch),
                        GridImages.read(img, Trainer.GRID_IMAGES, size, channels, true), heldOut.get(epoch)));
            } catch (IOException | RuntimeException e) {
                problems.add("samples/" + file.getFileName() + " is unreadable (" + e.getMessage() + ")");
            }
        }
        return grids;
    }

    /** The image size of a 10 x 10 grid picture of the given width. */
    static int gridCellSize(int width) throws IOException {
        int inner = width - 11 * GridImages.GAP;
        if (inner <= 0 || inner % 10 != 0) {
            throw new IOException("a 10x10 grid picture cannot be " + width + " pixels wide");
        }
        return inner / 10;
    }

    private static int lastIteration(List<IterationMetrics> metrics, int epoch) {
        int last = 0;
        for (IterationMetrics m : metrics) {
            if (m.epoch() == epoch) {
                last = Math.max(last, m.iteration());
            }
        }
        return last;
    }
}
