package org.ganlab.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's command line: a lesson prepared in a shortcut opens what it names. */
class LaunchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aRunOpensBesideTheRunNamedByCompare() throws Exception {
        Path failure = Files.createDirectories(dir.resolve("failure"));
        Path cure = Files.createDirectories(dir.resolve("cure"));
        LaunchArguments args = LaunchArguments.parse(List.of(cure.toString(), "--compare", failure.toString(),
                "--runs", dir.toString()), null);
        assertThat(args.run()).contains(cure);
        assertThat(args.compare()).contains(failure);
        assertThat(args.runsFolder()).isEqualTo(dir);
        assertThat(LaunchArguments.parse(List.of("--compare=" + failure, cure.toString()), null).compare())
                .contains(failure);
    }

    @Test
    void withoutCompareNothingIsComparedAndAMissingRunIsNotOpened() {
        LaunchArguments args = LaunchArguments.parse(List.of("--preset", "plane-d-wins", "--start",
                dir.resolve("nothing-here").toString()), null);
        assertThat(args.compare()).isEmpty();
        assertThat(args.run()).as("a folder that does not exist").isEmpty();
        assertThat(args.preset()).contains("plane-d-wins");
        assertThat(args.start()).isTrue();
    }
}
