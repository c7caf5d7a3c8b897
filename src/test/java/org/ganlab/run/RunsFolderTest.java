package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs kept where a student finds them again: one folder per run, by date, time and preset, newest first. */
class RunsFolderTest {
    @TempDir
    Path tmp;

    @Test
    void eachRunGetsItsOwnFolderNamedByDateTimeAndPreset() throws IOException {
        RunsFolder runs = new RunsFolder(tmp.resolve("gan-lab-runs"));
        LocalDateTime at = LocalDateTime.of(2026, 12, 4, 15, 30, 12);
        Path first = runs.newRun("mode-collapse", "", at);
        Path second = runs.newRun("mode-collapse", "", at);
        Path branch = runs.newRun("stable", "branch-e3", at.plusSeconds(1));
        assertThat(first.getFileName()).hasToString("2026-12-04_15-30-12_mode-collapse");
        assertThat(second.getFileName()).as("the same second").hasToString("2026-12-04_15-30-12_mode-collapse-2");
        assertThat(branch.getFileName()).hasToString("2026-12-04_15-30-13_stable_branch-e3");
        assertThat(runs.newRun("my run / test?", "", at).getFileName())
                .hasToString("2026-12-04_15-30-12_my-run-test-");
    }

    @Test
    void recentRunsAreTheNewestFoldersThatHoldARun() throws IOException {
        RunsFolder runs = new RunsFolder(tmp);
        assertThat(new RunsFolder(tmp.resolve("none yet")).recent(5)).isEmpty();
        for (int minute = 0; minute < 4; minute++) {
            Path dir = runs.newRun("stable", "", LocalDateTime.of(2026, 12, 4, 9, minute));
            Files.writeString(dir.resolve(RunFiles.CONFIG), "{}");
        }
        runs.newRun("stable", "", LocalDateTime.of(2026, 12, 4, 10, 0)); // never written: not a run
        assertThat(runs.recent(3)).extracting(p -> p.getFileName().toString()).containsExactly(
                "2026-12-04_09-03-00_stable", "2026-12-04_09-02-00_stable", "2026-12-04_09-01-00_stable");
    }

    @Test
    void aRecentRunIsListedByPresetTimeAndHowItEnded() throws IOException {
        Path run = MadeUpRuns.write(new RunsFolder(tmp).newRun("stable", "", LocalDateTime.of(2026, 12, 4, 15, 33, 26)), 3);
        assertThat(new RunsFolder(tmp).recentLabelled(5)).singleElement().satisfies(r -> {
            assertThat(r.dir()).isEqualTo(run);
            assertThat(r.label()).startsWith("stable · 2026-12-04 15:33 · ").contains("3 of ");
        });
        Files.writeString(run.resolve(RunFiles.CONFIG), "{ not json");
        assertThat(RunsFolder.label(run)).isEqualTo("2026-12-04_15-33-26_stable (unreadable: config.json)");
    }

    @Test
    void aRunsFolderThatCannotBeMadeIsNamed() throws IOException {
        Path file = Files.writeString(tmp.resolve("a file"), "x");
        assertThatThrownBy(() -> new RunsFolder(file.resolve("runs")).newRun("stable", "", LocalDateTime.now()))
                .isInstanceOf(IOException.class).hasMessageContaining("the runs folder " + file.resolve("runs"))
                .hasMessageContaining("File > Runs folder");
    }
}
