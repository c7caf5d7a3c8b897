package org.ganlab.guide;

import org.ganlab.config.DataKind;
import org.ganlab.diagnosis.Verdict;

/**
 * One page of the in-app guide, for either kind of data: what a failure looks like in the curves (for points, the
 * figures measured) and in the grid (for points, the picture of the plane), why it happens, and what to try, with the
 * verdict it explains, the preset that shows it and the preset that remedies it.
 *
 * @param kind the kind of data of its presets; a page that does not say is about images
 */
public record GuidePage(String id, DataKind kind, Verdict verdict, String title, String preset, String curves,
                        String grid, String why, String tryThis, String remedyPreset, String remedyLabel) {
    public GuidePage {
        kind = kind == null ? DataKind.IMAGES : kind;
    }

    /** The headings of the four sections, in the order a page shows them: the kind's own words for what is seen. */
    public String[][] sections() {
        return kind == DataKind.POINTS
                ? new String[][] {{"In the picture", grid}, {"Why", why}, {"Measured", curves}, {"What to try", tryThis}}
                : new String[][] {{"In the curves", curves}, {"In the grid", grid}, {"Why", why}, {"What to try", tryThis}};
    }
}
