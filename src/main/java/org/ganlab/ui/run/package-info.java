/**
 * The run on screen, of either kind: its records, run folders opened and saved, its diagnosis, the cursor over its
 * epochs or checks, and the lesson's keys that move it ({@code LessonKeys}, one table per window).
 */
package org.ganlab.ui.run;
