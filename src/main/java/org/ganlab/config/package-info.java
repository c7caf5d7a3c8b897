/**
 * The settings of an experiment of either kind of data ({@link org.ganlab.config.DataKind}): for images
 * {@link org.ganlab.config.ExperimentConfig} with its schema and rules (each problem names its field, and what this
 * machine can train: its data folders, its memory), for points {@link org.ganlab.config.PlaneSettings} and the data
 * in the plane; overrides from the command line; and the presets of both kinds with their descriptions.
 */
package org.ganlab.config;
