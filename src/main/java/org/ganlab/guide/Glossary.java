package org.ganlab.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.Formulas;
import org.ganlab.config.SettingsSchema;
import org.ganlab.records.Curve;
import org.ganlab.records.Measure;

/**
 * The guide's page of numbers: every curve, measure and mark on the screen and every setting with a formula, each
 * with what it is, its formula and its source, read from the records the screen's tooltips show them from
 * ({@link Curve}, {@link Measure}, {@link Formulas}), so the guide and the tooltips say the same.
 */
public final class Glossary {
    /** The page's title in the guide's list. */
    public static final String TITLE = "The numbers on the screen: what each is, its formula and source";

    /** One number or setting: its name and what it is, with its formula and source. */
    public record Entry(String name, String text) {
    }

    private Glossary() {
    }

    /** The curves, then the other measures and marks, then the settings (both kinds', each name once). */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Curve c : Curve.values()) {
            String name = c.panel() == Curve.Panel.GRADIENTS ? c.label() + "'s first-layer gradient norm" : c.label();
            entries.add(new Entry(name, c.meaning()));
        }
        for (Measure m : Measure.values()) {
            entries.add(new Entry(m.label(), m.meaning()));
        }
        Map<String, Entry> settings = new LinkedHashMap<>();
        for (SettingsSchema<?> schema : List.of(ConfigSchema.IMAGES, ConfigSchema.POINTS)) {
            for (SettingsSchema.Field<?> f : schema.fields()) {
                if (Formulas.of(f.key()).isPresent()) {
                    settings.putIfAbsent(f.key(), new Entry("Setting: " + f.label() + " (" + f.key() + ")",
                            Formulas.explain(f.key(), f.help())));
                }
            }
        }
        entries.addAll(settings.values());
        return entries;
    }
}
