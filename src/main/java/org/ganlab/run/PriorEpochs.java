package org.ganlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * it starts from (for points: their pictures and checkpoints, a run on points keeping every check's).
     */
    static void copy(Path parent, Path dir, int epochs, boolean points) throws IOException {
        for (int e = 1; e <= epochs; e++) {
            List<Path> files = points ? List.of(PlaneRunFiles.picture(parent, e), RunFiles.checkpoint(parent, e))
                    : List.of(RunFiles.samples(parent, e), RunFiles.freshSamples(parent, e), RunFiles.scores(parent, e),
                    RunFiles.generator(parent, e));
            for (Path from : files) {
                if (Files.isRegularFile(from)) {
                    Path to = dir.resolve(parent.relativize(from).toString());
                    AtomicFiles.write(to, out -> Files.copy(from, out));
                }
            }
        }
        Path checkpoint = RunFiles.checkpoint(parent, epochs);
        AtomicFiles.write(RunFiles.checkpoint(dir, epochs), out -> Files.copy(checkpoint, out));
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
