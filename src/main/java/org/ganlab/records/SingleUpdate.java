package org.ganlab.records;

/**
 * One network's update taken alone by a student stepping a paused run, of either kind, with what it changed on a
 * probe that stays fixed from update to update ({@link PlaneUpdate} on points, {@link ImageUpdate} on images).
 */
public interface SingleUpdate {
    /** Which network was updated. */
    Player player();

    /** Which of that network's updates in the iteration this was (from 1). */
    int number();

    /** How many updates that network takes per iteration. */
    int of();

    /** The iteration the update belongs to (from 1). */
    int iteration();

    /** The update in one line, as the status line says it. */
    String describe();

    /** "D update", or "D update 2 of 5" when D takes several per iteration. */
    default String which() {
        return of() > 1 ? player().letter() + " update " + number() + " of " + of() : player().letter() + " update";
    }
}
