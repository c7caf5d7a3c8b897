package org.ganlab.diagnosis;

import org.ganlab.data.ImageDataset;
import org.ganlab.records.SampleGrid;

/**
 * Real images of a run's data, the yardsticks of the diagnosis.
 *
 * @param sample     the first 100 images: the diversity yardstick, and the real images shown beside the grid
 * @param reference  up to {@link #REFERENCE_IMAGES} others (all images when the data has too few others), against
 *                   which samples and the real sample are matched for realism
 */
public record RealReference(SampleGrid sample, SampleGrid reference) {
    /** Images in the realism reference set. */
    public static final int REFERENCE_IMAGES = 1000;
    /** Images in the diversity yardstick (one grid). */
    public static final int SAMPLE_IMAGES = 100;

    /** The yardsticks of a data set: its first 100 images, and up to 1,000 after them (or all when few remain). */
    public static RealReference of(ImageDataset data) {
        int n = Math.min(SAMPLE_IMAGES, data.size());
        int from = data.size() - n >= SAMPLE_IMAGES ? n : 0;
        int m = Math.min(REFERENCE_IMAGES, data.size() - from);
        return new RealReference(grid(data, 0, n), grid(data, from, m));
    }

    private static SampleGrid grid(ImageDataset data, int from, int count) {
        int pixels = data.height() * data.width() * data.channels();
        float[] all = new float[count * pixels];
        for (int i = 0; i < count; i++) {
            System.arraycopy(data.image(from + i), 0, all, i * pixels, pixels);
        }
        return new SampleGrid(count, data.height(), data.channels(), all);
    }
}
