package org.ganlab.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.config.Presets;
import org.ganlab.records.QualityRow;
import org.ganlab.records.RunStatus;
import org.ganlab.run.Gallery;
import org.ganlab.run.QualityFile;
import org.ganlab.run.RunReader;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunsFolder;
import org.ganlab.session.QualityReport;
import org.ganlab.session.Sweep;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;
import org.ganlab.ui.settings.SettingsModel;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;

/**
 * Runs on disk: opening a run folder onto the screen (what is readable is shown, what is missing is said) and saving
 * the run on screen to a new folder, both in the background.
 */
public final class RunFolderModel implements ViewModel {
    /** What a folder holds, for the lab to open it in the right place. */
    public enum FolderKind { SWEEP, IMAGES, POINTS }

    private final BackgroundTasks tasks;
    private final SettingsModel<ExperimentConfig, Preset> settings;
    private final ShownRunModel shown;
    private final StringProperty message;
    private final BooleanProperty busy;

    public RunFolderModel(BackgroundTasks tasks, SettingsModel<ExperimentConfig, Preset> settings, ShownRunModel shown, StringProperty message,
                   BooleanProperty busy) {
        this.tasks = tasks;
        this.settings = settings;
        this.shown = shown;
        this.message = message;
        this.busy = busy;
    }

    /**
     * What {@code dir} holds, found in the background (it reads config.json): a sweep's table, a run on points (for
     * the playground) or anything else, which opens as a run on images (and says what it lacks).
     */
    public void classify(Path dir, Consumer<FolderKind> then) {
        tasks.files(() -> Files.isRegularFile(dir.resolve(Sweep.CSV)) ? FolderKind.SWEEP
                : PlaneRunFolder.isRun(dir) ? FolderKind.POINTS : FolderKind.IMAGES, then,
                e -> message.set("cannot open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    /** Opens a saved run in the background; {@code opened} runs on the screen's thread once it is shown. */
    public void open(Path dir, Runnable opened) {
        busy.set(true);
        message.set("opening " + dir);
        record Read(RunReader.OpenedRun run, List<QualityRow> quality, QualityRow real) { }
        tasks.run(() -> {
            RunReader.OpenedRun run = RunReader.open(dir);
            List<QualityRow> quality;
            try {
                quality = QualityFile.read(dir.resolve(QualityFile.FILE));
            } catch (IOException e) {
                List<String> problems = new ArrayList<>(run.problems());
                problems.add(e.getMessage());
                run = new RunReader.OpenedRun(run.dir(), run.record(), run.metrics(), run.epochs(), problems);
                quality = List.of();
            }
            return new Read(run, quality, real(run, quality));
        }, read -> {
            busy.set(false);
            show(read.run(), read.quality(), read.real());
            opened.run();
        }, e -> {
            busy.set(false);
            message.set("cannot open " + dir + ": " + BackgroundTasks.describe(e));
        });
    }

    /**
     * The measures of real images at the sample size the run was scored with: quality.csv's own row, or for runs
     * scored before it had one, computed with the shipped classifier; null when the run has no scores or the
     * classifier cannot give them.
     */
    private static QualityRow real(RunReader.OpenedRun run, List<QualityRow> quality) {
        if (quality.isEmpty() || quality.get(0).histogram() == null || run.record() == null) {
            return null;
        }
        try {
            QualityRow recorded = QualityFile.readReal(run.dir().resolve(QualityFile.FILE));
            // a run scored before the row existed was scored against the first test images: its floor is too
            return recorded != null ? recorded : QualityReport.realRow(run.record().config(),
                    Arrays.stream(quality.get(0).histogram()).sum(),
                    QualityReport.Reference.FIRST);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void show(RunReader.OpenedRun opened, List<QualityRow> quality, QualityRow real) {
        // the run's settings first: the charts size their axis by its epochs when its iterations arrive
        if (opened.record() != null) {
            Presets.find(opened.record().preset()).ifPresent(settings.presetProperty()::set);
            settings.show(opened.record().config());
        } else {
            settings.show(settings.configProperty().get());
        }
        shown.show(opened, quality, real);
        String opening = opened.problems().isEmpty() ? "opened " + opened.dir()
                : "opened with problems: " + String.join("; ", opened.problems());
        if (opened.record() != null && opened.record().status() == RunStatus.INTERRUPTED) {
            shown.titleProperty().set(opened.title() + " (interrupted)");
            opening += "; " + opened.record().message() + " (Train on > Continue goes on from the last checkpoint)";
        }
        message.set(opening);
    }

    /** Copies the run in {@code source} to {@code target} (a new or empty folder), in the background. */
    public void save(Path source, Path target, Consumer<String> done) {
        Consumer<String> report = text -> {
            message.set(text);
            done.accept(text);
        };
        tasks.files(() -> {
            RunFiles.copyRun(source, target);
            return "saved to " + target;
        }, report, e -> report.accept("could not save to " + target + ": " + BackgroundTasks.describe(e)));
    }

    /** The gallery's recorded runs for a menu: title to folder, in preset order. */
    public static Map<String, Path> galleryRuns() {
        Map<String, Path> runs = new LinkedHashMap<>();
        Gallery.entries().forEach(e -> runs.put(e.title(), e.dir()));
        return runs;
    }

    /** The newest {@code max} runs in {@code root} (label and folder), newest first, read in the background. */
    public void recent(Path root, int max, Consumer<List<Map.Entry<String, Path>>> then) {
        tasks.files(() -> new RunsFolder(root).recentLabelled(max).stream()
                .map(r -> Map.entry(r.label(), r.dir())).toList(), then,
                e -> message.set("cannot list the runs in " + root + ": " + BackgroundTasks.describe(e)));
    }
}
