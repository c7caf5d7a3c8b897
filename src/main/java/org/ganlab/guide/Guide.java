package org.ganlab.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.ganlab.config.Json;
import org.ganlab.config.Catalogue;
import org.ganlab.config.DataKind;
import org.ganlab.diagnosis.Verdict;

/**
 * The one guide, for both kinds of data: its pages, from resources/guide/pages.json. Every preset a page names must
 * exist in the catalogue and be of the page's kind.
 */
public final class Guide {
    private static volatile List<GuidePage> pages;

    private Guide() {
    }

    public static List<GuidePage> pages() {
        if (pages == null) {
            try (InputStream in = Guide.class.getResourceAsStream("/guide/pages.json")) {
                if (in == null) {
                    throw new IllegalStateException("bundled guide missing: /guide/pages.json");
                }
                List<GuidePage> read = List.of(Json.MAPPER.readValue(in, GuidePage[].class));
                for (GuidePage p : read) {
                    for (String preset : new String[] {p.preset(), p.remedyPreset()}) {
                        if (preset != null && Catalogue.get(preset).kind() != p.kind()) {
                            throw new IllegalStateException("guide page " + p.id() + " is about " + p.kind()
                                    + " but names the preset " + preset + " of the other kind");
                        }
                    }
                }
                pages = read;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the guide", e);
            }
        }
        return pages;
    }

    /** The page for a preset, if the guide has one. */
    public static Optional<GuidePage> forPreset(String preset) {
        return pages().stream().filter(p -> preset != null && preset.equals(p.preset())).findFirst();
    }

    /**
     * The page that explains a verdict, given the preset that produced it: the page of that preset when it explains
     * this verdict (two convergence failures exist, for example), else the first page for the verdict on the preset's
     * kind of data (images when the preset is unknown).
     */
    public static Optional<GuidePage> forVerdict(Verdict verdict, String preset) {
        DataKind kind = preset == null ? DataKind.IMAGES
                : Catalogue.find(preset).map(p -> p.kind()).orElse(DataKind.IMAGES);
        List<GuidePage> matching = pages().stream().filter(p -> p.verdict() == verdict && p.kind() == kind).toList();
        return matching.stream().filter(p -> preset != null && preset.equals(p.preset())).findFirst()
                .or(() -> matching.stream().findFirst());
    }
}
