package org.ganlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ganlab.records.Checkpoint;
import org.ganlab.records.PlaneFrame;

/**
 * The folder of a run that goes on from earlier epochs, made ready before it trains: a branch's copy of its parent's
 * first epochs, and, for any continuation, what an interrupted or longer earlier training left beyond the epoch it
 * goes on from taken away.
 */
final class PriorEpochs {
    private static final Pattern EPOCH_FILE = Pattern.compile("(?:epoch|check)-(\\d{3,})\\D.*");

    private PriorEpochs() {
    }

    /**
     * A branch starts as a copy of its parent's first {@code epochs}: their grids, kept generators and the checkpoint
     * it starts from (for points: the checkpoints of those checks the parent kept; the pictures and the checkpoint it
     * starts from are written from the run as read, {@link #write}).
     */
    static void copy(Path parent, Path dir, int epochs, boolean points) throws IOException {
        for (int e = 1; e <= epochs; e++) {
            List<Path> files = points ? List.of(RunFiles.checkpoint(parent, e))
                    : List.of(RunFiles.samples(parent, e), RunFiles.freshSamples(parent, e), RunFiles.scores(parent, e),
                    RunFiles.generator(parent, e));
            for (Path from : files) {
                if (Files.isRegularFile(from)) {
                    Path to = dir.resolve(parent.relativize(from).toString());
                    AtomicFiles.write(to, out -> Files.copy(from, out));
                }
            }
        }
        if (!points) {
            Path checkpoint = RunFiles.checkpoint(parent, epochs);
            AtomicFiles.write(RunFiles.checkpoint(dir, epochs), out -> Files.copy(checkpoint, out));
        }
    }

    /**
     * The pictures of a run on points' first checks and the checkpoint of the last, where the folder lacks them: a
     * branch's new folder, or a folder saved before the kinds shared a layout (its pictures were in one file).
     */
    static void write(Path dir, List<PlaneFrame> frames, Checkpoint checkpoint) throws IOException {
        for (int k = 1; k <= frames.size(); k++) {
            if (!Files.isRegularFile(PlaneRunFiles.picture(dir, k))) {
                PlaneRunFiles.writePicture(PlaneRunFiles.picture(dir, k), frames.get(k - 1));
            }
        }
        if (checkpoint != null && !Files.isRegularFile(RunFiles.checkpoint(dir, frames.size()))) {
            CheckpointFile.write(RunFiles.checkpoint(dir, frames.size()), checkpoint);
        }
    }

    /** Removes what an interrupted or longer earlier training left beyond {@code epoch}. */
    static void discardAfter(Path dir, int epoch) throws IOException {
        for (String folder : new String[] {RunFiles.SAMPLES, RunFiles.GENERATOR, RunFiles.CHECKPOINTS,
                PlaneRunFiles.PICTURES}) {
            Path f = dir.resolve(folder);
            if (!Files.isDirectory(f)) {
                continue;
            }
            try (var files = Files.list(f)) {
                for (Path p : files.toList()) {
                    Matcher m = EPOCH_FILE.matcher(p.getFileName().toString());
                    if (m.matches() && RunFiles.epochNumber(m.group(1)) > epoch) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
