package org.ganlab.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.config.DigitSelection;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Json;
import org.ganlab.data.Datasets;
import org.ganlab.data.ImageDataset;
import org.ganlab.diagnosis.Diagnoser;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.RealReference;
import org.ganlab.diagnosis.PlaneDiagnosis;
import org.ganlab.diagnosis.Verdict;
import org.ganlab.records.QualityRow;
import org.ganlab.records.RunStatus;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.QualityFile;
import org.ganlab.run.ReadLimits;
import org.ganlab.run.RunLock;
import org.ganlab.run.RunReader;

/** Diagnoses a run directory and writes its diagnosis.json. */
public final class RunDiagnosis {
    public static final String FILE = "diagnosis.json";

    private RunDiagnosis() {
    }

    /**
     * The real images of the data a configuration trains on (see {@link RealReference}); the bundled eights when
     * that data is not on this machine (a run made elsewhere).
     */
    public static RealReference realImages(ExperimentConfig config) throws IOException {
        ImageDataset data;
        try {
            data = Datasets.load(yardstickOnly(config));
        } catch (IOException | RuntimeException e) {
            data = Datasets.load(ExperimentConfig.baseline());
        }
        return RealReference.of(data);
    }

    /**
     * For a picture folder, the configuration capped to the pictures the yardsticks take (the first
     * {@link RealReference#SAMPLE_IMAGES} and {@link RealReference#REFERENCE_IMAGES} after them, which a larger cap
     * keeps the same): a run's folder names its data, and judging it decodes no more of that folder than it needs.
     */
    static ExperimentConfig yardstickOnly(ExperimentConfig config) {
        int needed = RealReference.SAMPLE_IMAGES + RealReference.REFERENCE_IMAGES;
        if (config.imageFolder() == null || config.imageFolder().isBlank()
                || (config.maxImages() > 0 && config.maxImages() <= needed)) {
            return config;
        }
        return config.with(Map.of("maxImages", needed, "batchSize",
                Math.min(config.batchSize(), needed)));
    }

    /**
     * How many digits a run trains on, for the classifier's witness: 0 where the classifier does not apply (picture
     * folders, another IDX data folder, or no configuration).
     */
    public static int dataDigits(ExperimentConfig config) {
        if (config == null || !config.onBundledDigits()) {
            return 0;
        }
        try {
            return DigitSelection.parse(config.digits()).digits().cardinality();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Judges the run on points saved in {@code runDir} again from its checks and writes its diagnosis.json, holding
     * the run's lock meanwhile. Returns the run as read and its diagnosis.
     */
    public static PointsJudged diagnosePoints(Path runDir) throws IOException {
        try (RunLock lock = RunLock.acquire(runDir)) {
            PlaneRunFolder run = PlaneRunFolder.read(runDir);
            PlaneDiagnosis reading = run.record().status() == RunStatus.DIVERGED
                    ? new PlaneDiagnosis(Verdict.DIVERGED, List.of(run.record().message()))
                    : PlaneDiagnosis.of(run.checks());
            return new PointsJudged(run, writePoints(runDir, reading));
        }
    }

    /** A run on points read, and its diagnosis. */
    public record PointsJudged(PlaneRunFolder run, Diagnosis diagnosis) { }

    /**
     * Writes the reading of a run on points (from its checks, see {@link PlaneDiagnosis}) as its diagnosis.json: the
     * verdict and its evidence, as for images (the per-check numbers are in checks.csv). Returns the diagnosis.
     */
    public static Diagnosis writePoints(Path runDir, PlaneDiagnosis reading) throws IOException {
        Diagnosis d = new Diagnosis(reading.verdict(), reading.evidence(), List.of(), 0);
        AtomicFiles.writeString(runDir.resolve(FILE), Json.MAPPER.writeValueAsString(d));
        return d;
    }

    /** The diagnosis.json of a run folder, or null when the run has none. */
    public static Diagnosis read(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(ReadLimits.read(file, ReadLimits.JSON), Diagnosis.class);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a diagnosis: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the run, judges it, writes diagnosis.json beside it and returns the diagnosis. */
    public static Diagnosis diagnose(Path runDir) throws IOException {
        return diagnoseAndWrite(RunReader.open(runDir));
    }

    /**
     * Judges a run already read, writes diagnosis.json into its folder and returns the diagnosis. The run's lock is
     * held meanwhile, so a run that another process is training is refused rather than written beside it.
     */
    public static Diagnosis diagnoseAndWrite(RunReader.OpenedRun run) throws IOException {
        Path runDir = run.dir();
        try (RunLock lock = RunLock.acquire(runDir)) {
            ExperimentConfig config = run.record() != null ? run.record().config() : ExperimentConfig.baseline();
            Diagnosis d = diagnose(run, realImages(config));
            AtomicFiles.writeString(runDir.resolve(FILE), Json.MAPPER.writeValueAsString(d));
            return d;
        }
    }

    public static Diagnosis diagnose(RunReader.OpenedRun run, RealReference real) {
        List<QualityRow> digits = QualityFile.readOrNone(run.dir());
        int dataDigits = dataDigits(run.record() != null ? run.record().config() : null);
        List<Diagnoser.EpochSamples> grids = run.epochs().stream()
                .map(e -> new Diagnoser.EpochSamples(e.epoch(), e.grid(), e.heldOut()).withDigits(digits, dataDigits))
                .toList();
        Diagnoser.Outputs outputs = Diagnoser.Outputs.of(run.record() != null ? run.record().config() : null);
        return new Diagnoser(real).reading(outputs).diagnose(run.metrics(), grids);
    }
}
