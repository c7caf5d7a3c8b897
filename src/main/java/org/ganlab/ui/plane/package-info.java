/**
 * The 2-D playground: a GAN on points in the plane, drawn as it trains so a student sees what D sees (its output over
 * the plane), where G's loss pushes each point, and the verdict in modes covered. Trained in slices on the native
 * owner, beside an image run.
 */
package org.ganlab.ui.plane;
