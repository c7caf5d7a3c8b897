package org.ganlab.config;

/**
 * A preset of either kind of data, as the one catalogue ({@link Catalogue}) lists it: a named setting built to show one
 * verdict, with the failure it cures when it is a remedy. Its file states its kind.
 */
public sealed interface ExperimentPreset permits Preset, PlanePreset {
    /** The file's name, and the name every command takes. */
    String name();

    /** Images or points. */
    DataKind kind();

    /** A short title for menus. */
    String title();

    /** One line: what the preset shows. */
    String description();

    /** The verdict's label the preset is built to show on every seed. */
    String expect();

    /** For a remedy, the failure preset it cures (of its own kind); else null. */
    String cures();
}
