/**
 * The guide's pages: for each failure, what the curves and grid show, why it happens and what to try.
 */
package org.ganlab.guide;
