package org.ganlab.model;

/** How a forward pass treats batch normalisation. */
public enum Mode {
    /** Batch statistics, and the running averages are updated (a model's own update step). */
    TRAIN,
    /** Batch statistics, running averages untouched (D while G trains through it, its weights frozen). */
    TRAIN_FROZEN,
    /** Running averages (drawing images for D and for the sample grids, as the reference's predict does). */
    INFER;

    public boolean batchStatistics() {
        return this != INFER;
    }
}
