package org.ganlab.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.ConfigException;
import org.ganlab.config.Json;

/** The plane playground's presets, in the order of {@code plane-presets/index.json} on the class path. */
public final class PlanePresets {
    private static final String FOLDER = "/plane-presets/";
    private static volatile List<PlanePreset> all;

    private PlanePresets() {
    }

    public static List<PlanePreset> all() {
        if (all == null) {
            synchronized (PlanePresets.class) {
                if (all == null) {
                    all = load();
                }
            }
        }
        return all;
    }

    public static PlanePreset get(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new ConfigException(
                "preset", "unknown plane preset '" + name + "'; known: "
                        + String.join(", ", all().stream().map(PlanePreset::name).toList())));
    }

    /** The remedies that name {@code failure} as the failure they cure. */
    public static List<PlanePreset> curesOf(String failure) {
        return all().stream().filter(p -> failure.equals(p.cures())).toList();
    }

    private static List<PlanePreset> load() {
        try {
            String[] names = Json.MAPPER.readValue(open("index.json"), String[].class);
            List<PlanePreset> presets = new ArrayList<>();
            for (String name : names) {
                PlanePreset p = Json.MAPPER.readValue(open(name + ".json"), PlanePreset.class);
                if (!p.name().equals(name)) {
                    throw new IllegalStateException("plane preset file " + name + ".json names itself '" + p.name()
                            + "'");
                }
                p.settings(1).problem().ifPresent(problem -> {
                    throw new IllegalStateException("plane preset " + name + ": " + problem);
                });
                presets.add(p);
            }
            for (PlanePreset remedy : presets) {
                if (remedy.cures() != null && presets.stream().noneMatch(p -> p.name().equals(remedy.cures()))) {
                    throw new IllegalStateException("plane preset " + remedy.name() + " cures '" + remedy.cures()
                            + "', which is not a plane preset");
                }
            }
            return List.copyOf(presets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled plane presets", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = PlanePresets.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("bundled plane preset file missing: " + FOLDER + file);
        }
        return in;
    }
}
