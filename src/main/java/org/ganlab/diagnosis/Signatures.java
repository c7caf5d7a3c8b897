package org.ganlab.diagnosis;

/**
 * The criteria of every verdict, in one place. They come from the signatures in the reference experiment
 * (docs: gan-failure-modes.md) and from this lab's own full runs of the presets; each is judged over a window of
 * iterations (the last {@link #WINDOW} of a run, or the iterations of one epoch) and, for mode collapse, over a
 * sample grid.
 *
 * <ul>
 *   <li><b>Diverged</b>: any loss is NaN or infinite.</li>
 *   <li><b>Too early to tell</b>: fewer than {@link #MIN_ITERATIONS} iterations in the window.</li>
 *   <li><b>Convergence failure</b>: D has won. Its mean loss on fakes is below {@link #D_LOSS_WON} and its mean
 *       accuracy on real and on fake images is at least {@link #D_ACC_WON}; or G's mean loss is above
 *       {@link #G_LOSS_LOST} while D scores fakes correctly at least {@link #D_ACC_WON} of the time.</li>
 *   <li><b>Mode collapse</b>: the grid's diversity (see {@link Diversity}) is below {@link #DIVERSITY_COLLAPSED}
 *       of 100 real images' diversity, or at least {@link #DUPLICATES_COLLAPSED} of the 100 samples have a
 *       near-duplicate.</li>
 *   <li><b>Stable</b>: none of the above.</li>
 * </ul>
 * Stable reference runs here (seed 1, 10 epochs) have D loss about 0.62 on both halves, accuracies 68-71%, and grid
 * diversity 0.9-1.0 of the real images'; mode collapse has diversity below 0.35 and most samples in a few
 * near-duplicate groups; both convergence failures have D loss on fakes below 0.01 within 30 iterations.
 */
public final class Signatures {
    /** Iterations judged at the end of a run. */
    public static final int WINDOW = 60;
    /** Fewer iterations than this are too few to judge. */
    public static final int MIN_ITERATIONS = 20;
    /** D's mean loss on fakes below this: D separates fakes perfectly. */
    public static final double D_LOSS_WON = 0.05;
    /** D's accuracy at or above this: D is (nearly) never wrong. */
    public static final double D_ACC_WON = 0.97;
    /** G's mean loss above this: G has lost (the reference's aggressive-optimiser run keeps rising past it). */
    public static final double G_LOSS_LOST = 5.0;
    /** Grid diversity below this fraction of the real images' diversity is collapse. */
    public static final double DIVERSITY_COLLAPSED = 0.5;
    /** This many samples of 100 with a near-duplicate is collapse. */
    public static final int DUPLICATES_COLLAPSED = 40;

    private Signatures() {
    }
}
