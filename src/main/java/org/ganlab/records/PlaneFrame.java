package org.ganlab.records;

/**
 * One picture of the plane playground: the square {@code [-extent, extent]} with real points, G's points, where G's
 * loss pushes each of them, D's output over the square and a latent grid mapped through G. Points are x, y pairs.
 *
 * @param iteration  the iteration the picture shows
 * @param extent     half the side of the square shown
 * @param real       real points
 * @param fake       G's points
 * @param push       per point of G, minus the gradient of G's loss with respect to the point
 * @param fieldSize  cells per side of the field
 * @param field      D's output (a probability) at the centres of the field's cells, row by row from the top (y =
 *                   extent) down, each row from x = -extent
 * @param meshSize   latent points per side of the mesh
 * @param mesh       a {@code meshSize} by {@code meshSize} latent grid through G, row by row
 */
public record PlaneFrame(int iteration, double extent, float[] real, float[] fake, float[] push, int fieldSize,
                         float[] field, int meshSize, float[] mesh) {
}
