package org.ganlab.ui.common;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Preset;
import org.ganlab.diagnosis.Diagnosis;

/**
 * What the guide and Cure it ask of the lab: its preset and settings, the run on screen and its verdict, the message
 * line, and Start. The lab's view model implements it, so those features need not depend on the lab's package.
 */
public interface LabCommands {
    ObjectProperty<Preset> presetProperty();

    ObjectProperty<ExperimentConfig> configProperty();

    ObjectProperty<Diagnosis> diagnosisProperty();

    BooleanProperty runningProperty();

    /** The one message line under the lab (read only: {@link #say} writes it). */
    ReadOnlyStringProperty messageProperty();

    /** Puts {@code text} in the message line. */
    void say(String text);

    /** The folder of the run on screen (finished, stopped or opened), or null while training or before any run. */
    Path shownRun();

    void loadPreset(Preset p);

    /** Sets one setting from the editor's fields (by its key). */
    void set(String key, Object value);

    /** Starts a new run with the settings (or the branch being edited). */
    void start();
}
