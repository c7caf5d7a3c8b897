/**
 * Two runs side by side on one iteration axis, and "Cure it": a failure beside its paired remedy.
 */
package org.ganlab.ui.compare;
