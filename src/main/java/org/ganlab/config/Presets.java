package org.ganlab.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The presets that ship with the lab, in the order of {@code presets/index.json}. */
public final class Presets {
    private static final String FOLDER = "/presets/";
    private static volatile List<Preset> all;

    private Presets() {
    }

    public static List<Preset> all() {
        if (all == null) {
            synchronized (Presets.class) {
                if (all == null) {
                    all = load();
                }
            }
        }
        return all;
    }

    public static Optional<Preset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static Preset get(String name) {
        return find(name).orElseThrow(() -> new ConfigException("preset", "unknown preset '" + name
                + "'; known presets: " + String.join(", ", names())));
    }

    public static List<String> names() {
        return all().stream().map(Preset::name).toList();
    }

    private static List<Preset> load() {
        try {
            String[] names = Json.MAPPER.readValue(open("index.json"), String[].class);
            List<Preset> presets = new ArrayList<>();
            for (String name : names) {
                Preset p = Json.MAPPER.readValue(open(name + ".json"), Preset.class);
                if (!p.name().equals(name)) {
                    throw new IllegalStateException("preset file " + name + ".json names itself '" + p.name() + "'");
                }
                ConfigSchema.validate(p.config());
                presets.add(p);
            }
            return List.copyOf(presets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled presets", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Presets.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("bundled preset file missing: " + FOLDER + file);
        }
        return in;
    }
}
