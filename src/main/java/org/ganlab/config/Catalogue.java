package org.ganlab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every preset the lab ships, of both kinds, as one catalogue: the images' ({@link Presets}, presets/) then the
 * points' ({@link PlanePresets}, plane-presets/), each file stating its kind and every name unique across both.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** Every preset, images first, each kind in its index's order. */
    public static List<ExperimentPreset> all() {
        return Loaded.SHELF.presets();
    }

    /** Read (and checked) the first time they are asked for. */
    private static final class Loaded {
        static final Shelf<ExperimentPreset> SHELF = new Shelf<>("preset", load());
    }

    public static Optional<ExperimentPreset> find(String name) {
        return Loaded.SHELF.find(name);
    }

    /** The preset of this name, of either kind, or a refusal naming every preset there is. */
    public static ExperimentPreset get(String name) {
        return Loaded.SHELF.get(name);
    }

    public static List<String> names() {
        return Loaded.SHELF.names();
    }

    /** The remedies that name {@code failure} as the failure they cure, of either kind. */
    public static List<ExperimentPreset> curesOf(String failure) {
        return Loaded.SHELF.curesOf(failure);
    }

    private static List<ExperimentPreset> load() {
        List<ExperimentPreset> presets = new ArrayList<>(Presets.all());
        presets.addAll(PlanePresets.all());
        for (ExperimentPreset p : presets) {
            if (presets.stream().filter(q -> q.name().equals(p.name())).count() > 1) {
                throw new IllegalStateException("two presets are named '" + p.name() + "'");
            }
            if (p.cures() != null && find(presets, p.cures()).filter(f -> f.kind() == p.kind()).isEmpty()) {
                throw new IllegalStateException("preset " + p.name() + " cures '" + p.cures() + "', which is not a "
                        + "preset of its kind");
            }
        }
        return List.copyOf(presets);
    }

    private static Optional<ExperimentPreset> find(List<ExperimentPreset> presets, String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
