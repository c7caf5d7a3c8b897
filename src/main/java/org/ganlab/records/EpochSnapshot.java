package org.ganlab.records;

/**
 * The state of the generator at the end of an epoch: its images from the run's fixed latent points (the same
 * points every epoch, so scrubbing shows them evolve) and, when asked for, from fresh points; for a run on points, the
 * check's numbers and picture instead.
 *
 * @param epoch      1-based
 * @param iteration  the last iteration of the epoch
 * @param fixed      images from the fixed latent points
 * @param fresh      images from new random points, or null
 * @param generator  the generator's parameters and batch-norm state as written by Network.write, or null
 * @param heldOut    D on seen against unseen real images, or null when the run trains on every selected image
 * @param scores     what D made of the fixed grid and of the data's first images, or null when not judged
 * @param checkpoint the complete training state after the epoch, to go on from later (null where not taken)
 * @param check      for points: the check's losses and coverage measures (null for images)
 * @param frame      for points: the picture at the check, G's points, their push and D's field (null for images)
 */
public record EpochSnapshot(int epoch, int iteration, SampleGrid fixed, SampleGrid fresh, byte[] generator,
                            HeldOutCheck heldOut, GridScores scores, Checkpoint checkpoint, PlaneCheck check,
                            PlaneFrame frame) {
    /** The end of an epoch of images. */
    public EpochSnapshot(int epoch, int iteration, SampleGrid fixed, SampleGrid fresh, byte[] generator,
                         HeldOutCheck heldOut, GridScores scores, Checkpoint checkpoint) {
        this(epoch, iteration, fixed, fresh, generator, heldOut, scores, checkpoint, null, null);
    }

    /** A check of points: its numbers, its picture and the state to go on from. */
    public static EpochSnapshot ofCheck(int check, PlaneCheck numbers, PlaneFrame frame, Checkpoint checkpoint) {
        return new EpochSnapshot(check, numbers.iteration(), null, null, null, null, null, checkpoint, numbers, frame);
    }
}
