package org.ganlab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed record of presets x seeds (resources/sweep): every cell completed and named as its preset promises,
 * and the table in the gallery's README is the one the record builds.
 */
class SweepRecordTest {
    private static final Path RECORD = Path.of("resources", "sweep");

    @Test
    void everyRecordedCellKeepsItsPresetsPromise() throws Exception {
        List<Sweep.Row> rows = Sweep.rows(RECORD);
        // every preset on seeds 1-5: 1-3 calibrated the criteria, 4-5 are the held-out check
        assertThat(rows).extracting(r -> r.preset() + " seed " + r.seed()).containsExactlyInAnyOrderElementsOf(
                org.ganlab.config.Presets.names().stream().flatMap(p -> java.util.stream.LongStream.rangeClosed(1, 5)
                        .mapToObj(s -> p + " seed " + s)).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.status()).as(r.folder().toString()).isEqualTo("completed");
            assertThat(r.asPromised()).as("%s: %s, promised %s", r.folder(), r.verdict(), r.expected()).isTrue();
        });
    }

    @Test
    void everyRecordedCellRanTodaysPresetOnItsSeed() throws Exception {
        // a preset changed after its cells were recorded leaves stale cells: they must be run again
        for (Sweep.Row r : Sweep.rows(RECORD)) {
            var recorded = org.ganlab.run.RunRecords.read(RECORD.resolve(r.folder()).resolve(org.ganlab.run.RunFiles.CONFIG));
            assertThat(recorded.config()).as("%s: the settings it ran with", r.folder())
                    .isEqualTo(new Sweep.Cell(r.preset(), r.seed(), null, null).config(java.util.Map.of()));
        }
    }

    @Test
    void theGalleryReadmeShowsTheTableTheRecordBuilds() throws Exception {
        String table = Sweep.markdown(Sweep.rows(RECORD));
        assertThat(Files.readString(Path.of("resources", "gallery", "README.md"))).contains(table);
    }
}
