package org.ganlab.records;

import java.util.Collection;
import java.util.Optional;

/** A record that belongs to one epoch of a run (its grid, its verdict, its quality measures). */
public interface PerEpoch {
    int epoch();

    /** The record of {@code epoch} among {@code records}: the one lookup every view and reader uses. */
    static <T extends PerEpoch> Optional<T> find(Collection<T> records, int epoch) {
        for (T r : records) {
            if (r.epoch() == epoch) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
