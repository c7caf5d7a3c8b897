package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.SampleGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening runs: grids decoded when asked for, damage named at opening, and never a crash afterwards. */
class RunReaderTest {
    @TempDir
    Path tmp;

    @Test
    void gridsAreDecodedWhenAskedForAndReadBackAsWritten() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        RunReader.OpenedRun opened = RunReader.open(run);
        assertThat(opened.problems()).isEmpty();
        assertThat(opened.epochs()).extracting(EpochGrid::epoch).containsExactly(1, 2, 3);
        assertThat(opened.epochs()).extracting(EpochGrid::iteration).containsExactly(1, 2, 3);
        SampleGrid second = opened.epochs().get(1).grid();
        assertThat(second.count()).isEqualTo(100);
        assertThat(second.pixels()).isNotEqualTo(opened.epochs().get(0).grid().pixels());
        assertThat(opened.epochs().get(1).grid()).as("cached, not decoded again").isSameAs(second);
    }

    @Test
    void dsScoresOfEachEpochReadBackAsWrittenAndARunWithoutThemHasNone() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        RunReader.OpenedRun opened = RunReader.open(run);
        assertThat(opened.epochs().get(1).scores()).isEqualTo(MadeUpRuns.scores(2));
        assertThat(opened.epochs().get(1).scores().fake()[99]).as("not judged").isNaN();
        assertThat(opened.epochs().get(1).scores()).isNotEqualTo(MadeUpRuns.scores(1));

        Files.delete(RunFiles.scores(run, 1));
        Files.writeString(RunFiles.scores(run, 3), "image,d_fake\n0,zero\n");
        opened = RunReader.open(run);
        assertThat(opened.problems()).isEmpty();
        assertThat(opened.epochs()).extracting(EpochGrid::epoch).containsExactly(1, 2, 3);
        assertThat(opened.epochs().get(0).scores()).as("recorded before D's scores were kept").isNull();
        assertThat(opened.epochs().get(2).scores()).as("damaged: shown as none").isNull();
    }

    @Test
    void aDamagedGridIsNamedAtOpeningAndOneDamagedLaterShowsBlank() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        Files.write(RunFiles.samples(run, 2), new byte[] {1, 2, 3});
        RunReader.OpenedRun opened = RunReader.open(run);
        assertThat(opened.problems()).singleElement().asString().contains("epoch-002.png is unreadable");
        assertThat(opened.epochs()).extracting(EpochGrid::epoch).containsExactly(1, 3);

        Files.write(RunFiles.samples(run, 3), new byte[] {1, 2, 3});
        SampleGrid blank = opened.epochs().get(1).grid();
        assertThat(blank.count()).isEqualTo(100);
        assertThat(blank.pixels()).containsOnly(-1f);
    }

    @Test
    void aRunOfHundredsOfEpochsOpensQuicklyAndKeepsFewGrids() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("long"), 300);
        long start = System.nanoTime();
        RunReader.OpenedRun opened = RunReader.open(run);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(opened.epochs()).hasSize(300);
        assertThat(opened.metrics()).hasSize(300);
        // decoding every grid at opening took 8.7 s and 241 MB of heap for 800 epochs
        assertThat(millis).as("opening 300 epochs").isLessThan(2000);
        SampleGrid first = opened.epochs().get(0).grid();
        for (EpochGrid e : opened.epochs()) {
            e.grid(); // scrubbing through every epoch
        }
        SampleGrid again = opened.epochs().get(0).grid();
        assertThat(again).as("let go of and decoded again: the cache is bounded").isNotSameAs(first);
        assertThat(again.pixels()).containsExactly(first.pixels());
    }

    @Test
    void aCorruptConfigAWrongSizedGridAndABadHeldOutFileAreEachNamedAndTheRestOpens() throws Exception {
        Path run = MadeUpRuns.write(tmp.resolve("run"), 3);
        Files.writeString(run.resolve(RunFiles.CONFIG), "{\"preset\": \"stable\", \"config\": {\"epochs\": ");
        var small = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(small, "png", RunFiles.samples(run, 2).toFile());
        Files.writeString(run.resolve(RunFiles.HELD_OUT), "epoch,d_acc_seen,d_acc_unseen\n1,0.5,lots\n");
        RunReader.OpenedRun opened = RunReader.open(run);
        assertThat(opened.record()).isNull();
        assertThat(opened.problems()).hasSize(3);
        assertThat(opened.problems().get(0)).startsWith("config.json is unreadable");
        assertThat(opened.problems()).anySatisfy(p -> assertThat(p).startsWith("held-out.csv is unreadable"));
        assertThat(opened.problems()).anySatisfy(p -> assertThat(p)
                .isEqualTo("samples/epoch-002.png is unreadable (a 10x10 grid picture cannot be 50 pixels wide)"));
        assertThat(opened.epochs()).extracting(EpochGrid::epoch).containsExactly(1, 3);
        assertThat(opened.metrics()).hasSize(3);
    }
}
