package org.ganlab.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.ui.common.ViewModel;

/**
 * The settings being edited: the preset they started from, the configuration, and every problem with it (a value
 * that cannot be read, or one out of range), by field.
 */
public final class SettingsModel implements ViewModel {
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
    private final ObjectProperty<ExperimentConfig> config = new SimpleObjectProperty<>(ExperimentConfig.baseline());
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private final ObservableList<ConfigProblem> problems = FXCollections.observableArrayList();

    public void loadPreset(Preset p) {
        preset.set(p);
        show(p.config());
    }

    /** Shows a whole configuration (of a run opened, continued or branched), dropping unread edits. */
    public void show(ExperimentConfig c) {
        fieldErrors.clear();
        config.set(c);
        revalidate();
    }

    /** Sets one field from the editor; a value that cannot be parsed is shown as that field's problem. */
    public void set(String key, Object value) {
        try {
            config.set(ConfigOverrides.apply(config.get(), Map.of(key, value)));
            fieldErrors.remove(key);
        } catch (ConfigException e) {
            fieldErrors.put(key, e.problems().get(0).message());
        }
        revalidate();
    }

    private void revalidate() {
        List<ConfigProblem> all = new ArrayList<>();
        fieldErrors.forEach((k, m) -> all.add(new ConfigProblem(k, m)));
        for (ConfigProblem p : ConfigSchema.problems(config.get())) {
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

    /** The preset's name, or "custom". */
    public String presetName() {
        return preset.get() == null ? "custom" : preset.get().name();
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public ObjectProperty<ExperimentConfig> configProperty() {
        return config;
    }

    public ObservableList<ConfigProblem> problems() {
        return problems;
    }
}
