package org.ganlab.config;

import java.util.List;
import java.util.Optional;

/** The presets that ship with the lab, in the order of {@code presets/index.json}. */
public final class Presets {
    private static final String FOLDER = "/presets/";

    private Presets() {
    }

    public static List<Preset> all() {
        return Loaded.SHELF.presets();
    }

    /** Read (and checked) the first time they are asked for. */
    private static final class Loaded {
        static final Shelf<Preset> SHELF = new Shelf<>("preset", load());
    }

    public static Optional<Preset> find(String name) {
        return Loaded.SHELF.find(name);
    }

    public static Preset get(String name) {
        return Loaded.SHELF.get(name);
    }

    /** The remedy presets that name {@code failure} as the failure they cure, in the lab's order. */
    public static List<Preset> curesOf(String failure) {
        return Loaded.SHELF.curesOf(failure);
    }

    /**
     * The settings a remedy changes from the failure it cures, in schema order. A pair is fair only when these are
     * remedies (or the impairment switched off) and the training budget is the same.
     */
    public static List<String> remedyChanges(Preset remedy, Preset failure) {
        return ConfigSchema.IMAGES.differences(failure.config(), remedy.config());
    }

    public static List<String> names() {
        return Loaded.SHELF.names();
    }

    private static List<Preset> load() {
        List<Preset> presets = BundledFiles.read(FOLDER, "preset", Preset.class, Preset::name);
        for (Preset p : presets) {
            if (p.kind() != DataKind.IMAGES) {
                throw new IllegalStateException("preset " + p.name() + " is of kind " + p.kind() + ", in the images' "
                        + "folder");
            }
            ConfigSchema.validate(p.config());
        }
        for (Preset p : presets) {
            checkPair(p, presets);
        }
        return presets;
    }

    /** A remedy's "cures" names a failure preset, and the two differ in remedies only, with the same budget. */
    private static void checkPair(Preset remedy, List<Preset> presets) {
        if (remedy.cures() == null) {
            return;
        }
        Preset failure = presets.stream().filter(p -> p.name().equals(remedy.cures())).findFirst()
                .orElseThrow(() -> new IllegalStateException("preset " + remedy.name() + " cures '" + remedy.cures()
                        + "', which is not a preset"));
        for (String key : remedyChanges(remedy, failure)) {
            SettingsSchema.Field<ExperimentConfig> f = ConfigSchema.IMAGES.field(key).orElseThrow();
            boolean impairmentOff = f.group().equals(ConfigSchema.IMPAIRMENTS)
                    && Boolean.FALSE.equals(f.valueIn(remedy.config()));
            if (!f.group().equals(ConfigSchema.REMEDIES) && !impairmentOff) {
                throw new IllegalStateException("preset " + remedy.name() + " cures " + failure.name() + " but also "
                        + "changes " + key + ", which is not a remedy: a pair changes the remedy alone");
            }
        }
    }
}
