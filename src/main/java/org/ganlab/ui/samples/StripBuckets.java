package org.ganlab.ui.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.diagnosis.Verdict;

/**
 * The verdict strip's cells: one per epoch, or, for long runs, one per run of consecutive epochs so that the strip
 * keeps at most a given number of cells. A cell shows its epochs' most common verdict and lists them all in its
 * tooltip. Plain Java.
 */
final class StripBuckets {
    /** A cell: its first and last epoch, the verdict it is coloured by, and its tooltip. */
    record Bucket(int first, int last, Verdict majority, String tooltip) { }

    private StripBuckets() {
    }

    static List<Bucket> of(List<Diagnosis.EpochDiagnosis> epochs, int maxCells) {
        int per = Math.max(1, (epochs.size() + maxCells - 1) / maxCells);
        List<Bucket> buckets = new ArrayList<>();
        for (int from = 0; from < epochs.size(); from += per) {
            var range = epochs.subList(from, Math.min(epochs.size(), from + per));
            int first = range.get(0).epoch();
            int last = range.get(range.size() - 1).epoch();
            Map<Verdict, Long> counts = range.stream().collect(Collectors.groupingBy(Diagnosis.EpochDiagnosis::verdict,
                    LinkedHashMap::new, Collectors.counting()));
            Verdict majority = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String tip = first == last ? "Epoch " + first + ": " + majority.label()
                    : "Epochs " + first + "-" + last + ": " + String.join(", ", counts.entrySet().stream()
                    .map(c -> c.getKey().label() + " " + c.getValue()).toList());
            buckets.add(new Bucket(first, last, majority, tip));
        }
        return buckets;
    }
}
