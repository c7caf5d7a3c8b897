/**
 * Training from the lab: the live run on the native owner, pause, stop, continue and branch.
 */
package org.ganlab.ui.training;
