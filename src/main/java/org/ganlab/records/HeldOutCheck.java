package org.ganlab.records;

/**
 * D's accuracy at the end of an epoch on real images it trains on and on real images it has never seen (the
 * selection beyond a cap on the data). A D that recognises the data scores both alike; one that memorises its few
 * training images calls them real and the unseen ones fake.
 *
 * @param seen    fraction of up to 100 training images D scores above 0.5
 * @param unseen  the same on up to 100 images training never draws
 */
public record HeldOutCheck(double seen, double unseen) {
    /** How much better D does on its training images than on unseen ones, in accuracy. */
    public double gap() {
        return seen - unseen;
    }
}
