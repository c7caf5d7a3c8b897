package org.ganlab.records;

/** The two players of either kind of run: an update trains the one and leaves the other as it was. */
public enum Player {
    D, G;

    /** The player's letter, as the keys, buttons and captions name it. */
    public String letter() {
        return name();
    }
}
