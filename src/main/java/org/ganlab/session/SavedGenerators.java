package org.ganlab.session;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.ganlab.model.NetworkFile;
import org.ganlab.records.Checkpoint;
import org.ganlab.run.CheckpointFile;
import org.ganlab.run.RunFiles;
import org.ganlab.train.LatentWalk;

/**
 * Where a run keeps G after an epoch: in that epoch's checkpoint, or (runs of the headless runner with
 * --keep-generator, and older runs) in generator/epoch-NNN.bin.
 */
public final class SavedGenerators {
    private SavedGenerators() {
    }

    /** G after the given epoch of the run, or an IOException that names the epochs that were kept. */
    public static LatentWalk.Source after(Path run, int epoch) throws IOException {
        Path file = RunFiles.generator(run, epoch);
        if (Files.isRegularFile(file)) {
            return g -> {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    NetworkFile.read(g, in);
                } catch (EOFException e) {
                    throw new IOException(file + " is truncated");
                } catch (IOException e) {
                    throw new IOException(file + " is damaged: " + e.getMessage(), e);
                }
            };
        }
        if (CheckpointFile.epochs(run).contains(epoch)) {
            return g -> {
                Checkpoint c = CheckpointFile.read(RunFiles.checkpoint(run, epoch));
                try {
                    g.restoreTrainingState(c.byName(), c.generatorUpdates());
                } catch (IllegalArgumentException e) {
                    throw new IOException(RunFiles.checkpoint(run, epoch) + " does not fit this run: " + e.getMessage());
                }
            };
        }
        throw new IOException("the generator after epoch " + epoch + " was not kept: " + kept(run));
    }

    /** G as a checkpoint holds it (one just taken by the trainer, not yet read back from its file). */
    public static LatentWalk.Source of(Checkpoint c) {
        return g -> {
            try {
                g.restoreTrainingState(c.byName(), c.generatorUpdates());
            } catch (IllegalArgumentException e) {
                throw new IOException("the checkpoint of epoch " + c.epoch() + " does not fit: " + e.getMessage());
            }
        };
    }

    /** Which epochs a run kept G for, in words. */
    static String kept(Path run) throws IOException {
        TreeSet<Integer> epochs = new TreeSet<>(CheckpointFile.epochs(run));
        Path folder = run.resolve(RunFiles.GENERATOR);
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("epoch-\\d{3,}\\.bin"))
                        .forEach(n -> epochs.add(Integer.parseInt(n.substring(6, n.length() - 4))));
            }
        }
        if (epochs.isEmpty()) {
            return "this run kept neither checkpoints nor the generator";
        }
        List<String> names = epochs.stream().map(String::valueOf).toList();
        return "this run kept it after epoch " + String.join(", ", names) + " only";
    }
}
