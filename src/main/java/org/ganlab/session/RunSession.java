package org.ganlab.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Json;
import org.ganlab.data.Datasets;
import org.ganlab.data.ImageDataset;
import org.ganlab.data.ImageFolders;
import org.ganlab.diagnosis.Diagnoser;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.RealReference;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.RunPlan;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunWriter;
import org.ganlab.train.Trainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One new run from data to verdict, the same for the headless runner and the lab: load the data (with what loading
 * had to say), train into a run folder, and diagnose the grids the generator drew, as drawn (not re-read from their
 * 8-bit pictures), so a run gets the same figures wherever it was trained.
 */
public final class RunSession implements Training {
    private final Path dir;
    private final ExperimentConfig config;
    private final ImageDataset data;
    private final Trainer trainer;
    private final RunWriter writer;
    private final List<IterationMetrics> metrics = Collections.synchronizedList(new ArrayList<>());
    private final List<Diagnoser.EpochSamples> grids = Collections.synchronizedList(new ArrayList<>());
    /** Readings of the epochs trained before this session (a continuation or branch), else empty. */
    private final List<Diagnosis.EpochDiagnosis> earlier;
    private volatile Diagnosis diagnosis;
    /** The sample-quality measures per epoch (quality.csv), those of earlier epochs first. */
    private final List<QualityRow> quality = Collections.synchronizedList(new ArrayList<>());
    private volatile QualityReport.Probe probe;
    /** Why the quality measures are off for this run, or null while they are on. */
    private volatile String qualityOff;

    RunSession(Path dir, ExperimentConfig config, ImageDataset data, Trainer trainer, RunWriter writer,
               List<Diagnosis.EpochDiagnosis> earlier, List<QualityRow> earlierQuality) {
        this.dir = dir;
        this.config = config;
        this.quality.addAll(earlierQuality);
        this.data = data;
        this.trainer = trainer;
        this.writer = writer;
        this.earlier = List.copyOf(earlier);
        metrics.addAll(writer.priorRows());
    }

    /**
     * Loads the data and builds both models; nothing is written yet.
     *
     * @throws IOException when the data cannot be read (a {@link org.ganlab.data.DataException} names the folder)
     */
    public static RunSession create(ExperimentConfig config, String preset, Path dir, boolean keepGenerator)
            throws IOException {
        return create(config, preset, dir, keepGenerator, ImageFolders.Progress.NONE);
    }

    /** The same, telling {@code progress} how far the decoding of a picture folder has come. */
    public static RunSession create(ExperimentConfig config, String preset, Path dir, boolean keepGenerator,
                                    ImageFolders.Progress progress) throws IOException {
        ImageDataset data = Datasets.load(config, progress);
        Trainer trainer = new Trainer(config, data, keepGenerator);
        return new RunSession(dir, config, data, trainer, new RunWriter(dir, preset), List.of(), List.of());
    }

    @Override
    public Path dir() {
        return dir;
    }

    @Override
    public RunPlan plan() {
        return trainer.plan();
    }

    /** The images trained on. */
    public ImageDataset data() {
        return data;
    }

    /** What loading the data had to say (files skipped), or empty. */
    public String dataNote() {
        return data.note();
    }

    /**
     * Trains every epoch into the run folder and, unless training failed, judges it and writes diagnosis.json; the
     * folder is complete before {@code listener} hears of an end.
     */
    @Override
    public RunStatus train(TrainingListener listener, TrainingControl control) {
        TrainingListener collect = new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                metrics.add(m);
            }

            @Override
            public void epoch(EpochSnapshot s) {
                grids.add(new Diagnoser.EpochSamples(s.epoch(), s.fixed(), s.heldOut()));
            }
        };
        TrainingListener score = new TrainingListener() {
            @Override
            public void epoch(EpochSnapshot s) {
                if (s.checkpoint() != null) {
                    score(s.epoch());
                }
            }
        };
        TrainingListener judge = new TrainingListener() {
            @Override
            public void finished(RunStatus status, String message) {
                if (status != RunStatus.FAILED) {
                    try {
                        diagnose();
                    } catch (IOException | RuntimeException e) {
                        LOG.warn("{}: the diagnosis could not be written: {}", dir, e.toString());
                    }
                }
            }
        };
        return trainer.train(TrainingListener.all(writer, collect, score, judge, listener), control);
    }

    /**
     * Scores {@code qualitySamples} fresh samples of G after an epoch with the digit classifier and rewrites
     * quality.csv. Where the measures cannot apply (no classifier weights, not MNIST digits) they are switched off for
     * the run, once, with a warning that says why; training goes on.
     */
    private void score(int epoch) {
        if (config.qualitySamples() <= 0 || qualityOff != null) {
            return;
        }
        try {
            long start = System.nanoTime();
            if (probe == null) {
                probe = QualityReport.Probe.prepare(config, DigitClassifier.load(DigitClassifier.shipped()),
                        config.qualitySamples());
            }
            quality.removeIf(r -> r.epoch() >= epoch);
            // the trainer's own G: the same parameters as the checkpoint's, without building and loading a copy
            QualityRow r = probe.measure(epoch, trainer.generator(), config.qualitySamples());
            quality.add(r);
            QualityFile.write(dir.resolve(QualityFile.FILE), probe.real(), List.copyOf(quality));
            QualityReport.Timing t = probe.lastTiming();
            LOG.info(String.format(Locale.ROOT, "quality of epoch %d: %d digits, KL %.2f, score %.2f +- %.2f, "
                    + "Frechet %.1f (real images %.1f), precision %.2f, recall %.2f (%.2f s: sampling %.0f ms, "
                    + "classifier %.0f ms, measures %.0f ms)", epoch, r.modes(), r.kl(), r.inceptionScore(),
                    r.inceptionScoreSd(), r.frechetDistance(), probe.realFrechetDistance(), r.precision(), r.recall(),
                    (System.nanoTime() - start) / 1e9, t.sampling(), t.classifier(), t.measures()));
        } catch (IOException | RuntimeException e) {
            qualityOff = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("sample-quality measures off for this run: {}", qualityOff);
        }
    }

    /** How many epochs have their sample-quality measures so far (cheap: the screen asks every frame). */
    public int qualityRows() {
        return quality.size();
    }

    /** The sample-quality measures so far, one row per epoch. */
    public List<QualityRow> quality() {
        return List.copyOf(quality);
    }

    /** The measures of real training images at this run's sample size (null before any score). */
    public QualityRow qualityReal() {
        QualityReport.Probe p = probe;
        return p == null ? null : p.real();
    }

    /** Judges what was trained, from the grids as drawn, and writes diagnosis.json into the run folder. */
    public Diagnosis diagnose() throws IOException {
        List<QualityRow> digits = List.copyOf(quality);
        int dataDigits = RunDiagnosis.dataDigits(config);
        List<Diagnoser.EpochSamples> judged = grids.stream().map(g -> g.withDigits(digits, dataDigits)).toList();
        Diagnosis d = new Diagnoser(RealReference.of(data)).reading(Diagnoser.Outputs.of(config)).diagnose(List.copyOf(metrics), earlier, judged);
        AtomicFiles.writeString(dir.resolve(RunDiagnosis.FILE), Json.MAPPER.writeValueAsString(d));
        diagnosis = d;
        return d;
    }

    /** The diagnosis written at the end of training, or null before (or when training failed). */
    @Override
    public Diagnosis diagnosis() {
        return diagnosis;
    }

    @Override
    public String describe() {
        return "a new run of " + config.epochs() + " epochs";
    }

    /** The iterations trained before this session (a continuation or branch), else empty. */
    public List<IterationMetrics> earlierMetrics() {
        return writer.priorRows();
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunSession.class);
}
