package org.ganlab.config;

import java.util.List;
import java.util.Optional;

/**
 * Presets looked up by name: the one lookup behind the images' presets ({@link Presets}), the points'
 * ({@link PlanePresets}) and the catalogue of both ({@link Catalogue}), so that a name is found, refused and listed the
 * same way whichever of them is asked.
 *
 * @param what     what the shelf holds, as a refusal names it ("preset", "plane preset")
 * @param presets  its presets, in their index's order
 * @param <P>      the kind of preset it holds
 */
record Shelf<P extends ExperimentPreset>(String what, List<P> presets) {
    Shelf {
        presets = List.copyOf(presets);
    }

    Optional<P> find(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The preset of this name, or a refusal naming every preset there is. */
    P get(String name) {
        return find(name).orElseThrow(() -> new ConfigException("preset", "unknown " + what + " '" + name
                + "'; known presets: " + String.join(", ", names())));
    }

    /** The remedies that name {@code failure} as the failure they cure, in the shelf's order. */
    List<P> curesOf(String failure) {
        return presets.stream().filter(p -> failure.equals(p.cures())).toList();
    }

    List<String> names() {
        return presets.stream().map(ExperimentPreset::name).toList();
    }
}
