/**
 * Native set-up: which ND4J backend runs (CPU with oneDNN, or CUDA), its threads, the per-layer profile switch, and
 * oneDNN called directly.
 *
 * <p><b>Threading rule.</b> ND4J and oneDNN work runs on one thread per process: the lab's {@link
 * org.ganlab.backend.NativeOwner} (training as long work, everything else as requests at training's safe points), or
 * the command line's main thread. While an owner is open, {@link org.ganlab.backend.OneDnn} refuses calls from any
 * other thread; {@link org.ganlab.backend.OneDnn#close} destroys every primitive, stream and the engine only after the
 * last owner's thread has made its last call. Only {@code NativeOwner} and {@code OneDnn}'s registries cross threads.
 */
package org.ganlab.backend;
