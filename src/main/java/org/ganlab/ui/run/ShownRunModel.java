package org.ganlab.ui.run;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.QualityRow;
import org.ganlab.records.SampleGrid;
import org.ganlab.run.RunReader;
import org.ganlab.session.QualityReport;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The run on screen, whether it is training, finished or opened from disk: its iterations, its epochs' grids, the
 * epoch being viewed, its title, folder and settings, and the verdict on it (judged again after each epoch).
 */
public final class ShownRunModel implements ViewModel {
    private final ObservableList<IterationMetrics> metrics = FXCollections.observableArrayList();
    private final ObservableList<EpochGrid> epochs = FXCollections.observableArrayList();
    private final EpochCursor cursor = new EpochCursor();
    private final ReadOnlyIntegerWrapper selectedEpoch = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper followLatest = new ReadOnlyBooleanWrapper(true);
    private final StringProperty title = new SimpleStringProperty("no run yet");
    private final IntegerProperty iterationsPerEpoch = new SimpleIntegerProperty(0);
    /** D's view: the grids coloured by D's score of each image (the samples pane and the presentation alike). */
    private final BooleanProperty judged = new SimpleBooleanProperty(false);
    /** The model's overview in place of the samples (O). */
    private final BooleanProperty overview = new SimpleBooleanProperty(false);
    private final ObservableList<QualityRow> quality = FXCollections.observableArrayList();
    /** The same measures of real training images at the run's sample size (quality.csv's epoch 0), or null. */
    private QualityRow qualityReal;
    private final DiagnosisModel judge;
    private volatile Path dir;
    /** The settings the run was trained with (the editor may hold changes for a branch), or null. */
    private ExperimentConfig config;

    public ShownRunModel(BackgroundTasks tasks) {
        this.judge = new DiagnosisModel(tasks);
        cursor.addListener((epoch, following) -> {
            followLatest.set(following);
            selectedEpoch.set(epoch);
        });
    }

    /** A new run about to train: nothing shown yet, the newest epoch followed. */
    public void beginNew(String runTitle, ExperimentConfig settings) {
        metrics.clear();
        epochs.clear();
        judge.clear();
        cursor.clear();
        title.set(runTitle);
        config = settings;
        dir = null;
        qualityReal = null;
        quality.clear();
    }

    /**
     * A run going on from a checkpoint into {@code folder}: the iterations and epochs up to the checkpoint stay (a
     * continuation of the run on screen) or are those of the parent (a branch).
     */
    public void beginFrom(Path folder, ExperimentConfig settings, List<IterationMetrics> earlier, int epoch, String runTitle) {
        int iteration = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).iteration();
        metrics.removeIf(m -> m.iteration() > iteration);
        if (metrics.size() != earlier.size()) {
            metrics.setAll(earlier);
        }
        epochs.removeIf(e -> e.epoch() > epoch);
        judge.clear();
        cursor.continueAfter(epoch);
        config = settings;
        dir = folder;
        title.set(runTitle);
    }

    /** The folder the run being trained writes to, once it exists. */
    public void trainingInto(Path folder, int perEpoch) {
        dir = folder;
        iterationsPerEpoch.set(perEpoch);
    }

    public void addMetrics(List<IterationMetrics> rows) {
        metrics.addAll(rows);
    }

    public void addEpoch(EpochSnapshot s) {
        epochs.add(EpochGrid.of(s.epoch(), s.iteration(), s.fixed(), s.heldOut(), s.scores()));
        cursor.added(s.epoch());
        rediagnose();
    }

    /** A run read from disk: everything readable is shown, the last epoch viewed. */
    void show(RunReader.OpenedRun opened, List<QualityRow> scores, QualityRow real) {
        qualityReal = real;
        quality.setAll(scores);
        dir = opened.dir();
        metrics.setAll(opened.metrics());
        epochs.setAll(opened.epochs());
        cursor.open(opened.epochs().stream().map(EpochGrid::epoch).toList());
        config = opened.record() != null ? opened.record().config() : null;
        iterationsPerEpoch.set(opened.record() != null ? opened.record().iterationsPerEpoch() : 0);
        title.set(opened.title());
        judge.clear();
        rediagnose();
    }

    /** Judges the run again in the background with everything shown (after each epoch, at the end, when opened). */
    public void rediagnose() {
        judge.rediagnose(metrics, epochs, quality, config != null ? config : ExperimentConfig.baseline());
    }

    public int lastCompleteEpoch() {
        return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
    }

    /** The newest iteration shown, or null. */
    public IterationMetrics lastIteration() {
        return metrics.isEmpty() ? null : metrics.get(metrics.size() - 1);
    }

    public Path dir() {
        return dir;
    }

    public ExperimentConfig config() {
        return config;
    }

    public void loadRealImages(ExperimentConfig of, Consumer<String> failed) {
        judge.loadRealImages(of, failed);
    }

    public ObservableList<IterationMetrics> metrics() {
        return metrics;
    }

    /** The sample-quality measures per epoch (quality.csv), as far as they go. */
    public ObservableList<QualityRow> quality() {
        return quality;
    }

    /** The real-against-real Frechet distance of the run training now, or 0 when not known (an opened run). */
    public QualityRow qualityReal() {
        return qualityReal;
    }

    /** Takes the measures of the run training now. */
    public void updateQuality(List<QualityRow> rows, QualityRow real) {
        qualityReal = real;
        quality.setAll(rows);
        // the classifier's reading of the newest epoch is a witness for the verdict
        rediagnose();
    }

    public ObservableList<EpochGrid> epochs() {
        return epochs;
    }

    /** Shows D's view, or stops showing it (the V key, in the lab and the presentation). */
    public void toggleJudged() {
        judged.set(!judged.get());
    }

    /** The one owner of the epoch on screen; views ask it to move and bind to the two properties below. */
    public EpochCursor cursor() {
        return cursor;
    }

    public ReadOnlyIntegerProperty selectedEpochProperty() {
        return selectedEpoch.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty followLatestProperty() {
        return followLatest.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public IntegerProperty iterationsPerEpochProperty() {
        return iterationsPerEpoch;
    }

    public BooleanProperty judgedProperty() {
        return judged;
    }

    /** The model's overview in place of the samples, or the samples (the O key; a click on D goes back). */
    public BooleanProperty overviewProperty() {
        return overview;
    }

    public ObjectProperty<Diagnosis> diagnosisProperty() {
        return judge.diagnosisProperty();
    }

    public ObjectProperty<SampleGrid> realGridProperty() {
        return judge.realGridProperty();
    }

    /**
     * What the Quality tab says when it has no figures for this run: why the measures do not apply, or when they
     * will come; empty when there are figures.
     */
    public String qualityNote() {
        if (!quality().isEmpty()) {
            return "";
        }
        ExperimentConfig c = config();
        if (c == null) {
            return "No classifier measures: this run has no quality.csv.";
        }
        if (c.qualitySamples() <= 0) {
            return "No classifier measures: they were off for this run (Quality samples 0); the 'quality' command "
                    + "can score a run that kept its checkpoints.";
        }
        return QualityReport.whyOff(c).map(why -> "No classifier measures: " + why + ".")
                .orElse("The digit classifier scores G's samples after each epoch (quality.csv); a run recorded "
                        + "without them can be scored with the 'quality' command.");
    }
}
