package org.ganlab.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.ganlab.config.Json;
import org.ganlab.config.Presets;
import org.ganlab.diagnosis.Verdict;

/** The guide's pages, from resources/guide/pages.json; every preset they name must exist. */
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
                        if (preset != null) {
                            Presets.get(preset);
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

    private static Optional<GuidePage> byId(String id) {
        return pages().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The page that explains a verdict, given the preset that produced it (two convergence failures exist). */
    public static Optional<GuidePage> forVerdict(Verdict verdict, String preset) {
        return switch (verdict) {
            case STABLE -> forPreset("stable");
            case MODE_COLLAPSE -> forPreset("mode-collapse");
            case CONVERGENCE_FAILURE -> "convergence-combined-batch".equals(preset)
                    ? forPreset("convergence-combined-batch") : forPreset("convergence-aggressive-adam");
            case BLIND_DISCRIMINATOR -> byId("blind-discriminator");
            case MEMORISING -> byId("memorising");
            case DIVERGED -> byId("diverged");
            case TOO_EARLY -> Optional.empty();
        };
    }
}
