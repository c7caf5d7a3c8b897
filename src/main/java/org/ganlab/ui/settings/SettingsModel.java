package org.ganlab.ui.settings;

import java.util.Collection;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.ExperimentPreset;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlaneSettings;
import org.ganlab.config.Preset;
import org.ganlab.config.SettingsSchema;
import org.ganlab.ui.common.ViewModel;

/**
 * The settings being edited, of either kind of data: the preset they started from, the settings, and every problem
 * with them (a value that cannot be read, or one out of range), by field. The lab edits a run on images
 * ({@link #images()}), the playground a run on points ({@link #points()}); both through a {@link ConfigEditor} built
 * from the kind's section of the one {@link ConfigSchema}.
 *
 * @param <C> the settings' record
 * @param <P> the kind's presets
 */
public final class SettingsModel<C, P extends ExperimentPreset> implements ViewModel {
    private final SettingsSchema<C> schema;
    private final Function<C, List<ConfigProblem>> check;
    private final Function<P, C> settingsOf;
    private final ObjectProperty<P> preset = new SimpleObjectProperty<>();
    private final ObjectProperty<C> config;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();
    /** The only fields that may be edited (a lesson's step opens these and locks the rest); null: every one. */
    private final ReadOnlyObjectWrapper<Set<String>> open = new ReadOnlyObjectWrapper<>();

    /**
     * @param check      every problem of settings (the schema's, and for images those of this machine)
     * @param settingsOf a preset's settings
     */
    private SettingsModel(SettingsSchema<C> schema, Function<C, List<ConfigProblem>> check, Function<P, C> settingsOf,
                          C initial) {
        this.schema = schema;
        this.check = check;
        this.settingsOf = settingsOf;
        this.config = new SimpleObjectProperty<>(initial);
    }

    /** The lab's: a run on images, checked also against this machine (its folders, its memory). */
    public static SettingsModel<ExperimentConfig, Preset> images() {
        return new SettingsModel<>(ConfigSchema.IMAGES, ConfigSchema::problems, Preset::config,
                ExperimentConfig.baseline());
    }

    /** The playground's: a run on points, a preset's settings on seed 1 until the seed is set. */
    public static SettingsModel<PlaneSettings, PlanePreset> points() {
        return new SettingsModel<>(ConfigSchema.POINTS, ConfigSchema.POINTS::problems, p -> p.settings(1), null);
    }

    /** The section of the schema these settings follow. */
    public SettingsSchema<C> schema() {
        return schema;
    }

    public void loadPreset(P p) {
        preset.set(p);
        show(settingsOf.apply(p));
    }

    /** Shows whole settings (of a run opened, continued or branched), dropping unread edits. */
    public void show(C c) {
        fieldErrors.clear();
        config.set(c);
        revalidate();
    }

    /** Sets one field from the editor; a value that cannot be parsed is shown as that field's problem. */
    public void set(String key, Object value) {
        try {
            config.set(schema.apply(config.get(), Map.of(key, value)));
            fieldErrors.remove(key);
        } catch (ConfigException e) {
            fieldErrors.put(key, e.problems().get(0).message());
        }
        revalidate();
    }

    private void revalidate() {
        List<ConfigProblem> all = new ArrayList<>();
        fieldErrors.forEach((k, m) -> all.add(new ConfigProblem(k, m)));
        for (ConfigProblem p : config.get() == null ? List.<ConfigProblem>of() : check.apply(config.get())) {
            if (!fieldErrors.containsKey(p.field())) {
                all.add(p);
            }
        }
        problems.setAll(all);
    }

    /** The problem of one field, or null. */
    public String problemOf(String key) {
        return problems.stream().filter(p -> p.field().equals(key)).map(ConfigProblem::message).findFirst().orElse(null);
    }

    /** The field's label in the schema, or its key. */
    public String label(String key) {
        return schema.field(key).map(SettingsSchema.Field::label).orElse(key);
    }

    /** The preset's name, or "custom". */
    public String presetName() {
        return preset.get() == null ? "custom" : preset.get().name();
    }

    public ObjectProperty<P> presetProperty() {
        return preset;
    }

    public ObjectProperty<C> configProperty() {
        return config;
    }

    /** Only the fields named may be edited from now on (a lesson's step); null opens every field again. */
    public void openOnly(Collection<String> keys) {
        open.set(keys == null ? null : Set.copyOf(keys));
    }

    /** Whether a lesson locks this field now. */
    public boolean locked(String key) {
        return open.get() != null && !open.get().contains(key);
    }

    public ReadOnlyObjectProperty<Set<String>> openProperty() {
        return open.getReadOnlyProperty();
    }

    public ObservableList<ConfigProblem> problems() {
        return problems;
    }
}
