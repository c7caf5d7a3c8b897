/**
 * The run on screen: its records, run folders opened and saved, and its diagnosis.
 */
package org.ganlab.ui.run;
