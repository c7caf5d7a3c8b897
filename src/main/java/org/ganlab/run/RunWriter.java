package org.ganlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganlab.config.Json;
import org.ganlab.train.EpochSnapshot;
import org.ganlab.train.IterationMetrics;
import org.ganlab.train.RunPlan;
import org.ganlab.train.RunStatus;
import org.ganlab.train.SampleGrid;
import org.ganlab.train.TrainingListener;

/**
 * Writes a run directory as training goes. After every epoch each file is rewritten under a temporary name and
 * renamed into place, so a run killed at any moment leaves a readable run of its completed epochs.
 */
public final class RunWriter implements TrainingListener {
    private final Path dir;
    private final String preset;
    private final List<IterationMetrics> rows = new ArrayList<>();
    private final java.util.SortedMap<Integer, org.ganlab.train.HeldOutCheck> heldOut = new java.util.TreeMap<>();
    private RunPlan plan;
    private String started;
    private int completedEpochs;
    private int epochRows;

    public RunWriter(Path dir, String preset) {
        this.dir = dir;
        this.preset = preset;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void started(RunPlan p) {
        this.plan = p;
        this.started = Instant.now().toString();
        try {
            Files.createDirectories(dir.resolve(RunFiles.SAMPLES));
            writeRecord(RunStatus.RUNNING, "training");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run directory " + dir, e);
        }
    }

    @Override
    public void iteration(IterationMetrics m) {
        rows.add(m);
    }

    @Override
    public void epoch(EpochSnapshot s) {
        completedEpochs = s.epoch();
        epochRows = rows.size();
        try {
            writeGrid(RunFiles.samples(dir, s.epoch()), s.fixed());
            if (s.fresh() != null) {
                writeGrid(RunFiles.freshSamples(dir, s.epoch()), s.fresh());
            }
            if (s.generator() != null) {
                AtomicFiles.write(RunFiles.generator(dir, s.epoch()), out -> out.write(s.generator()));
            }
            if (s.heldOut() != null) {
                heldOut.put(s.epoch(), s.heldOut());
                RunFiles.writeHeldOut(dir.resolve(RunFiles.HELD_OUT), heldOut);
            }
            RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), rows.subList(0, epochRows));
            writeCurves(rows.subList(0, epochRows));
            writeRecord(RunStatus.RUNNING, "training; " + completedEpochs + " epochs complete");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write epoch " + s.epoch() + " to " + dir, e);
        }
    }

    @Override
    public void finished(RunStatus status, String message) {
        try {
            // a stopped run keeps its completed epochs; a diverged or failed one also keeps the iterations that show why
            List<IterationMetrics> kept = status == RunStatus.STOPPED ? rows.subList(0, epochRows) : rows;
            RunFiles.writeMetrics(dir.resolve(RunFiles.METRICS), kept);
            writeCurves(kept);
            writeRecord(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the run directory " + dir, e);
        }
    }

    private void writeGrid(Path file, SampleGrid grid) throws IOException {
        var image = GridImages.render(grid, true).toBufferedImage();
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    private void writeCurves(List<IterationMetrics> kept) throws IOException {
        var image = CurvesFigure.render(kept, preset == null ? "run" : preset);
        AtomicFiles.write(dir.resolve(RunFiles.CURVES), out -> ImageIO.write(image, "png", out));
    }

    private void writeRecord(RunStatus status, String message) throws IOException {
        double seconds = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seconds();
        RunRecord record = new RunRecord(preset, plan.config(), status, message, completedEpochs, rows.size(),
                plan.iterationsPerEpoch(), plan.datasetDescription(), plan.backend(), versions(), started, seconds);
        AtomicFiles.writeString(dir.resolve(RunFiles.CONFIG), Json.MAPPER.writeValueAsString(record));
    }

    private static Map<String, String> versions() {
        return Map.of("ganlab", "0.1.0", "dl4j", "1.0.0-M2.1", "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
