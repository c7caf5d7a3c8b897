package org.ganlab.ui.run;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.diagnosis.Diagnoser;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.RealReference;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.SampleGrid;
import org.ganlab.ui.common.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ganlab.ui.common.ViewModel;

/**
 * The verdict on the run on screen, judged again in the background after each epoch and when a run is opened, and
 * the real images it is judged against (made once per data set, and shown beside the samples on request).
 */
public final class DiagnosisModel implements ViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisModel.class);

    /** The real images of the last configuration asked for, and a diagnoser measuring against them. */
    private record RealImages(ExperimentConfig of, RealReference images, Diagnoser diagnoser) { }

    private final BackgroundTasks tasks;
    private final ObjectProperty<Diagnosis> diagnosis = new SimpleObjectProperty<>();
    private final ObjectProperty<SampleGrid> realGrid = new SimpleObjectProperty<>();
    private volatile RealImages realImages;

    DiagnosisModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Real images of a configuration's data and a diagnoser for them, made once per configuration (off screen). */
    private RealImages realImagesFor(ExperimentConfig of) throws IOException {
        RealImages cached = realImages;
        if (cached == null || !cached.of().equals(of)) {
            RealReference images = RunDiagnosis.realImages(of);
            cached = new RealImages(of, images, new Diagnoser(images));
            realImages = cached;
        }
        return cached;
    }

    /** Judges the run again in the background; only the newest request's verdict is shown. */
    void rediagnose(List<IterationMetrics> metrics, List<EpochGrid> epochs, List<QualityRow> quality,
                    ExperimentConfig of) {
        List<IterationMetrics> rows = List.copyOf(metrics);
        List<QualityRow> digits = List.copyOf(quality);
        int dataDigits = RunDiagnosis.dataDigits(of);
        List<Diagnoser.EpochSamples> grids = epochs.stream()
                .map(e -> new Diagnoser.EpochSamples(e.epoch(), e.grid(), e.heldOut()).withDigits(digits, dataDigits))
                .toList();
        tasks.latest("diagnosis " + System.identityHashCode(this), () -> realImagesFor(of).diagnoser().reading(Diagnoser.Outputs.of(of)).diagnose(rows, grids),
                diagnosis::set, e -> LOG.warn("diagnosis failed: {}", e.toString()));
    }

    /** No verdict (a new run, or one being opened). */
    void clear() {
        diagnosis.set(null);
    }

    /** Loads 100 real images of the configuration's data in the background; {@code failed} hears why not. */
    void loadRealImages(ExperimentConfig of, Consumer<String> failed) {
        tasks.run(() -> realImagesFor(of).images().sample(), realGrid::set,
                e -> failed.accept("cannot show real images: " + BackgroundTasks.describe(e)));
    }

    ObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis;
    }

    ObjectProperty<SampleGrid> realGridProperty() {
        return realGrid;
    }
}
