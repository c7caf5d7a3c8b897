package org.ganlab.records;

import java.util.Locale;

/**
 * One network's update of the playground, taken alone by a student stepping a paused run, and what it changed, read
 * on a fixed probe (the same real points and the same latent points of G before and after, apart from training's):
 * D's mean judgement of the real and of G's points, and how far G's points moved.
 *
 * @param player        which network was updated
 * @param number        which of its updates in the iteration this was (from 1)
 * @param of            how many updates that network takes per iteration
 * @param iteration     the iteration the update belongs to (from 1)
 * @param realBefore    D's mean judgement (a probability) of the probe's real points before the update
 * @param realAfter     the same after
 * @param fakeBefore    D's mean judgement of G's probe points before the update
 * @param fakeAfter     the same after (of G's points after the update)
 * @param meanMove      how far G's probe points moved, on average (0 for a D update)
 * @param largestMove   the furthest one of them moved
 * @param fakeFrom      G's probe points before the update (x0, y0, ...)
 * @param fakeTo        the same points after it
 */
public record PlaneUpdate(Player player, int number, int of, int iteration, double realBefore, double realAfter,
                          double fakeBefore, double fakeAfter, double meanMove, double largestMove, float[] fakeFrom,
                          float[] fakeTo) implements SingleUpdate {
    /**
     * The update in one line, as the status line says it: which, of which iteration, and what moved (a D update moves
     * no point of G, a G update no judgement of D's of the real: the picture's band and the tests say so).
     */
    @Override
    public String describe() {
        String which = which();
        if (player == Player.D) {
            return which + " (iteration " + iteration + String.format(Locale.ROOT, "): D(real) %.2f \u2192 %.2f, "
                    + "D(fake) %.2f \u2192 %.2f", realBefore, realAfter, fakeBefore, fakeAfter);
        }
        return which + " (iteration " + iteration + String.format(Locale.ROOT, "): G's points moved %.3f on average "
                + "(at most %.3f), D(fake) %.2f \u2192 %.2f", meanMove, largestMove, fakeBefore, fakeAfter);
    }
}
