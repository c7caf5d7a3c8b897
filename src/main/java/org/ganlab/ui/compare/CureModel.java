package org.ganlab.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.run.RunRecords;
import org.ganlab.session.CurePairs;
import org.ganlab.session.PlaneTable;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.LabCommands;
import org.ganlab.ui.common.ViewModel;

/**
 * "Cure it": from a run of a failure preset on screen, train the remedy preset that names it ({@link Preset#cures()})
 * on the same seed, then put the two side by side; and the line that sums the pair up (both verdicts, the failure's
 * witness in both, the settings that differ), read off the screen's thread.
 */
public final class CureModel implements ViewModel {
    private final LabCommands lab;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public CureModel(LabCommands lab, BackgroundTasks tasks) {
        this.lab = lab;
        this.tasks = tasks;
    }

    /** The remedies that cure the preset of the run on screen; empty when it has none. */
    List<Preset> remedies() {
        Preset p = lab.presetProperty().get();
        return p == null ? List.of() : Presets.curesOf(p.name());
    }

    /**
     * Trains the first remedy of the shown run's preset on its seed; when that run ends, {@code then} receives the
     * failure's folder and the remedy's. Says why in the lab's message line when there is nothing to cure.
     */
    public void cure(BiConsumer<Path, Path> then) {
        Path failure = lab.shownRun();
        List<Preset> remedies = remedies();
        Preset shown = lab.presetProperty().get();
        if (failure == null || remedies.isEmpty()) {
            lab.say(failure == null ? "Cure it needs a finished, stopped or opened run of a failure "
                    + "preset" : "no remedy preset cures " + (shown == null ? "these settings" : shown.name())
                    + "; the guide lists each failure's cures");
            return;
        }
        long seed = lab.configProperty().get().seed();
        lab.loadPreset(remedies.get(0));
        lab.set("seed", seed);
        lab.runningProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (was && !now) {
                    o.removeListener(this);
                    then.accept(failure, lab.shownRun());
                }
            }
        });
        lab.start();
    }

    /**
     * Reads both runs' witnesses in the background into {@link #summaryProperty()}: a pair on points by the points'
     * witness ({@link PlaneTable#pairLine}), a pair on images by the images'.
     */
    void summarise(Path failure, Path remedy) {
        summary.set("reading both runs…");
        tasks.run(() -> {
            var a = RunRecords.read(failure.resolve(RunFiles.CONFIG));
            if (a.kind() == DataKind.POINTS) {
                return PlaneTable.pairLine(PlaneRunFolder.read(failure), PlaneRunFolder.read(remedy));
            }
            var b = RunRecords.read(remedy.resolve(RunFiles.CONFIG));
            CurePairs.Witness witness = Presets.find(a.preset()).map(CurePairs.Witness::of)
                    .orElse(CurePairs.Witness.D_WINS);
            return describe(witness, CurePairs.Arm.read(failure), CurePairs.Arm.read(remedy), a.config(), b.config());
        }, summary::set, e -> summary.set("cannot compare the pair: " + BackgroundTasks.describe(e)));
    }

    /** "A: Convergence failure → B: Stable · changed: hingeLoss · D(x) 0.94 → 0.69, …, Frechet 636 → 156". */
    static String describe(CurePairs.Witness witness, CurePairs.Arm a, CurePairs.Arm b,
                           ExperimentConfig failure, ExperimentConfig remedy) {
        List<String> changed = ConfigSchema.IMAGES.differences(failure, remedy).stream()
                .filter(k -> !k.equals("seed")).toList();
        String own = switch (witness) {
            case COLLAPSE -> "digits " + f(a.digits(), 0) + " → " + f(b.digits(), 0) + ", KL " + f(a.kl(), 2) + " → "
                    + f(b.kl(), 2);
            case MEMORISING -> "held-out gap " + f(a.gap(), 2) + " → " + f(b.gap(), 2);
            case STEPS_DISAGREE -> "D(x) " + f(a.dx(), 2) + " → " + f(b.dx(), 2) + ", D(G(z)) " + f(a.dgz(), 2) + " → "
                    + f(b.dgz(), 2) + ", G's step minus D's " + f(a.disagreement(), 2) + " → " + f(b.disagreement(), 2);
            case D_WINS -> "D(x) " + f(a.dx(), 2) + " → " + f(b.dx(), 2) + ", D(G(z)) " + f(a.dgz(), 2) + " → "
                    + f(b.dgz(), 2) + (a.gLossKind().equals(b.gLossKind())
                    ? ", G loss " + f(a.gLoss(), 2) + " → " + f(b.gLoss(), 2) : "");
        };
        return String.format(Locale.ROOT, "A: %s  →  B: %s   ·   changed: %s   ·   %s, Frechet %s → %s", a.verdict(),
                b.verdict(), changed.isEmpty() ? "nothing" : String.join(", ", changed), own, f(a.frechet(), 0),
                f(b.frechet(), 0));
    }

    private static String f(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
