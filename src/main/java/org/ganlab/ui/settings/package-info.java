/**
 * The settings editor: presets, the configuration being edited and its problems.
 */
package org.ganlab.ui.settings;
