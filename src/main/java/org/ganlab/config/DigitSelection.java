package org.ganlab.config;

import java.util.BitSet;

/** Which MNIST classes a run trains on: parsed from "8", "3,8" or "all". */
public record DigitSelection(BitSet digits) {

    public static DigitSelection parse(String text) {
        String s = text == null ? "" : text.trim().toLowerCase();
        BitSet set = new BitSet(10);
        if (s.equals("all")) {
            set.set(0, 10);
            return new DigitSelection(set);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty; allowed: a digit 0-9, several separated by commas, or 'all'");
        }
        for (String part : s.split(",")) {
            String p = part.trim();
            if (!p.matches("[0-9]")) {
                throw new IllegalArgumentException("'" + p + "' is not a digit; allowed: a digit 0-9, several "
                        + "separated by commas, or 'all'");
            }
            set.set(p.charAt(0) - '0');
        }
        return new DigitSelection(set);
    }

    public boolean includes(int label) {
        return label >= 0 && label < 10 && digits.get(label);
    }

    public boolean all() {
        return digits.cardinality() == 10;
    }

    @Override
    public String toString() {
        return all() ? "all" : digits.stream().mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElse("");
    }
}
