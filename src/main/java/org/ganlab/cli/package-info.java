/**
 * The headless runner (picocli): train, continue, branch, diagnose and sweep runs of either kind, plane (the
 * playground's short name), bench, gif and the classifier's commands.
 */
package org.ganlab.cli;
