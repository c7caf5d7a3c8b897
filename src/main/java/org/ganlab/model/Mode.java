package org.ganlab.model;

/** How a forward pass treats batch normalisation. */
public enum Mode {
    /** Batch statistics, and the running averages are updated (a model's own update step). */
    TRAIN,
    /** Batch statistics, running averages untouched (D while G trains through it, its weights frozen). */
    TRAIN_FROZEN,
    /** Running averages (drawing images for D and for the sample grids, as the reference's predict does). */
    INFER,
    /**
     * As {@link #TRAIN_FROZEN}, but every LeakyReLU keeps the slopes (the kinks' sides) of the last pass in another
     * mode: the network is then affine in its input between the kinks it had there, so differences of its gradients
     * along an input direction are exact (the R1 penalty's Hessian-vector product).
     */
    TANGENT;

    public boolean batchStatistics() {
        return this != INFER;
    }
}
