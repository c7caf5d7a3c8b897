package org.ganlab.guide;

import org.ganlab.diagnosis.Verdict;

/**
 * One page of the in-app guide: what a failure looks like in the curves and in the grid, why it happens, and what to
 * try, with the verdict it explains, the preset that shows it and the preset that remedies it.
 */
public record GuidePage(String id, Verdict verdict, String title, String preset, String curves, String grid, String why,
                        String tryThis, String remedyPreset, String remedyLabel) {
}
