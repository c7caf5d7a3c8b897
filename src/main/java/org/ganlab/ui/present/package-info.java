/**
 * The presentation of either kind, for a projector: what every presentation shares ({@code FullScreen}: full screen,
 * Esc out, the keys' reminder from the window's own table) and the lab's presentation view (the grid, verdict and
 * curves large, in a window of its own that can go to a second screen); the playground presents its own window.
 */
package org.ganlab.ui.present;
