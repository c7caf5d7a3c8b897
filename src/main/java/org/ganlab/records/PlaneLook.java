package org.ganlab.records;

/**
 * What the playground's two networks make of a fixed probe at one moment (the same real points and the same latent
 * points of G every time, apart from training's): D's mean judgement (a probability) of the real points and of G's
 * points, and G's points themselves. Taken before and after an update, it tells what the update changed.
 *
 * @param real       D's mean judgement of the probe's real points
 * @param fake       D's mean judgement of G's points from the probe's latent points
 * @param fakePoints those points of G (x0, y0, ...)
 */
public record PlaneLook(double real, double fake, float[] fakePoints) {
}
