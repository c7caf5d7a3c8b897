package org.ganlab.ui.plane;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.Lesson;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.config.PlaneSettings;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.ui.common.ViewModel;
import org.ganlab.ui.settings.SettingsModel;

/**
 * What Start trains in the playground: the preset, its settings as edited (the lab's {@link SettingsModel}, on the
 * points' section of the schema), the seed, and the data (the preset's own, another named shape, or modes the student
 * places with the mouse).
 */
final class PlaneSetupModel implements ViewModel {
    private final ObjectProperty<PresetChoice> choice = new SimpleObjectProperty<>();
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    /** The data trained on, by its title: the preset's own until the student picks another. */
    private final ObjectProperty<String> data = new SimpleObjectProperty<>();
    private final PlacingModel placed;
    /** The settings as edited, but for the data and the seed (the toolbar's): the preset's until a field is changed. */
    private final SettingsModel<PlaneSettings, PlanePreset> edited = SettingsModel.points();

    /** {@code status}: where placing modes says what happened or what to do. */
    PlaneSetupModel(Consumer<String> status) {
        placed = new PlacingModel(status);
        choice.addListener((o, a, c) -> {
            if (c != null) {
                edited.loadPreset(PlanePresets.get(c.name()));
            }
            data.set(c == null ? null : DataChoices.of(PlanePresets.get(c.name()).settings(1).data()));
        });
        choice.set(choiceOf(PlanePresets.all().get(0)));
        data.addListener((o, a, b) -> {
            if (placing()) {
                status.accept(placed.status());
            }
        });
    }

    static PresetChoice choiceOf(PlanePreset p) {
        return new PresetChoice(p.name(), p.title(), p.description());
    }

    static List<PresetChoice> choices() {
        return PlanePresets.all().stream().map(PlaneSetupModel::choiceOf).toList();
    }

    /** True while the data picked is the student's own mixture: clicks on the picture place and remove its modes. */
    boolean placing() {
        return DataChoices.DRAWN.equals(data.get());
    }

    /** The modes the student placed, for the picture and the mouse; the next Start trains on them. */
    PlacingModel placed() {
        return placed;
    }

    /** The data Start trains on, by title (the preset's own, or the one picked). */
    ObjectProperty<String> dataProperty() {
        return data;
    }

    /** The preset chosen (Start trains it). */
    /** The preset of this name, with {@code fixed} set in its settings and only {@code open} editable (null: all). */
    void choose(String name, Map<String, Object> fixed, Collection<String> open) {
        choice.set(choiceOf(PlanePresets.get(name)));
        fixed.forEach(edited::set);
        edited.openOnly(open);
    }

    ObjectProperty<PresetChoice> choiceProperty() {
        return choice;
    }

    IntegerProperty seedProperty() {
        return seed;
    }

    /** The remedies of the chosen preset's failure (none for a preset that is not a failure with a cure). */
    List<PresetChoice> cures() {
        PresetChoice c = choice.get();
        return c == null ? List.of() : PlanePresets.curesOf(c.name()).stream().map(PlaneSetupModel::choiceOf).toList();
    }

    /** The chosen preset. */
    PlanePreset preset() {
        return PlanePresets.get(choice.get().name());
    }

    /**
     * A lesson's step of what Start trains: the chosen preset, with the settings changed from it in the editor fixed
     * (the data and the seed are the toolbar's, which a step does not fix), and nothing else locked.
     */
    Lesson.Step lessonStep() {
        PlaneSettings own = edited.configProperty().get();
        Map<String, Object> values = ConfigSchema.POINTS.toMap(own);
        Map<String, Object> changed = new LinkedHashMap<>();
        ConfigSchema.POINTS.differences(preset().settings(own.seed()), own).stream()
                .filter(k -> !IN_THE_TOOLBAR.contains(k)).forEach(k -> changed.put(k, values.get(k)));
        return new Lesson.Step(preset().name(), null, null, null, changed, List.of());
    }

    /** The fields the settings editor leaves to the toolbar. */
    static final Set<String> IN_THE_TOOLBAR = Set.of("data", "seed");

    /** The settings being edited (the editor binds to them). */
    SettingsModel<PlaneSettings, PlanePreset> edited() {
        return edited;
    }

    /**
     * The settings Start trains with: the chosen preset's as edited, on the chosen seed and the chosen or placed data;
     * the problems of the edited fields are in {@link SettingsModel#problems()}.
     */
    PlaneSettings settings() {
        PlaneSettings own = edited.configProperty().get();
        PlaneData shape = placing() ? placed.data() : DataChoices.shape(data.get()).orElse(own.data());
        return own.with(Map.of("data", shape, "seed", (long) seed.get()));
    }

    /** Shows what a saved run trained: its preset (when there still is one of its name), its data and its seed. */
    void showSaved(PlaneRunFolder saved) {
        PlanePresets.all().stream().filter(p -> p.name().equals(saved.preset())).findFirst()
                .ifPresent(p -> choice.set(choiceOf(p)));
        edited.show(saved.settings());
        PlaneData shape = saved.settings().data();
        data.set(DataChoices.of(shape));
        if (placing()) {
            placed.set(shape.modes());
        }
        seed.set((int) saved.settings().seed());
    }
}
