/**
 * The headless runner (picocli): train, continue, branch, sweep, diagnose, bench.
 */
package org.ganlab.cli;
