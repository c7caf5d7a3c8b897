/**
 * The latent walk: G's images along a line through its latent space.
 */
package org.ganlab.ui.walk;
