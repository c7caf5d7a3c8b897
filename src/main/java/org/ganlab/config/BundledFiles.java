package org.ganlab.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * JSON files that ship on the class path, one item per file, in the order their folder's {@code index.json} lists
 * them: the lab's presets and the plane playground's. Each file must be named by the item it holds.
 */
public final class BundledFiles {
    private BundledFiles() {
    }

    /**
     * The items of {@code folder} (for example {@code /presets/}).
     *
     * @param kind what an item is called in messages ("preset")
     * @param name the name an item gives itself, which must be its file's
     */
    public static <T> List<T> read(String folder, String kind, Class<T> type, Function<T, String> name) {
        try {
            String[] names = Json.MAPPER.readValue(open(folder, "index.json", kind), String[].class);
            List<T> items = new ArrayList<>();
            for (String file : names) {
                T item = Json.MAPPER.readValue(open(folder, file + ".json", kind), type);
                if (!name.apply(item).equals(file)) {
                    throw new IllegalStateException(kind + " file " + file + ".json names itself '" + name.apply(item)
                            + "'");
                }
                items.add(item);
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + kind + "s", e);
        }
    }

    private static InputStream open(String folder, String file, String kind) {
        InputStream in = BundledFiles.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("bundled " + kind + " file missing: " + folder + file);
        }
        return in;
    }
}
