/**
 * The settings of an experiment: {@link org.ganlab.config.ExperimentConfig}, its schema and validation (each
 * problem names its field), overrides from the command line, and the presets with their descriptions.
 */
package org.ganlab.config;
