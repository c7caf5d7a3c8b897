/**
 * Native set-up: which ND4J backend runs (CPU with oneDNN, or CUDA), its threads, and the per-layer profile switch.
 */
package org.ganlab.backend;
