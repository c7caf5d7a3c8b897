package org.ganlab.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to go on training exactly where a run was after an epoch: both models' parameters, Adam
 * states and batch-norm running averages, both update counts, both random generators and the counters. With the
 * same settings, training on from a checkpoint gives the same numbers as never having stopped.
 *
 * @param epoch                the epoch just completed
 * @param iteration            the iterations completed
 * @param seconds              training time so far (the metrics' clock goes on from it)
 * @param generatorUpdates     G's Adam steps so far
 * @param discriminatorUpdates D's Adam steps so far
 * @param randomStates         the state of the trainer's ND4J generator (latent points): root and node state
 * @param sampling             the serialised state of the Java generator that picks real images
 * @param arrays               every array of both models, named as the networks' training state
 */
public record Checkpoint(int epoch, int iteration, double seconds, int generatorUpdates, int discriminatorUpdates,
                         long[] randomStates, byte[] sampling, List<NamedArray> arrays) {
    public Checkpoint {
        if (randomStates.length != 2) {
            throw new IllegalArgumentException("the random generator's state is two numbers");
        }
        arrays = List.copyOf(arrays);
    }

    /** The arrays by name. */
    public Map<String, NamedArray> byName() {
        Map<String, NamedArray> map = new LinkedHashMap<>();
        for (NamedArray a : arrays) {
            map.put(a.name(), a);
        }
        return map;
    }

    /** Bytes of array data (what dominates the file size). */
    public long dataBytes() {
        long n = 0;
        for (NamedArray a : arrays) {
            n += 4L * a.values().length;
        }
        return n;
    }
}
