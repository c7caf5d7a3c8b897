package org.ganlab.train;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.model.Generator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A walk along one latent dimension: the generator saved after an epoch draws images from the run's first fixed
 * latent point with that one coordinate swept from -range to +range, showing what the dimension encodes.
 *
 * <p>Drawing with batch statistics depends on the batch, so the walk is drawn together with the run's 100 fixed
 * points (the batch the grids come from) and only the walk's images are kept.
 */
public final class LatentWalk {
    private LatentWalk() {
    }

    /** Which epochs a run kept G for, in words (gallery runs keep only the last, to stay small). */
    static String keptEpochs(Path generatorFolder) throws IOException {
        if (generatorFolder == null || !Files.isDirectory(generatorFolder)) {
            return "this run did not keep the generator";
        }
        try (var files = Files.list(generatorFolder)) {
            List<String> epochs = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("epoch-\\d{3,}\\.bin")).sorted()
                    .map(n -> Integer.toString(Integer.parseInt(n.substring(6, n.length() - 4)))).toList();
            return epochs.isEmpty() ? "this run did not keep the generator"
                    : "this run kept the generator after epoch " + String.join(", ", epochs) + " only";
        }
    }

    public static SampleGrid walk(ExperimentConfig config, Path generatorFile, int dimension, int steps, double range,
                                  int imageSize, int channels) throws IOException {
        if (dimension < 0 || dimension >= config.latentSize()) {
            throw new IllegalArgumentException("dimension " + dimension + " does not exist; allowed: 0 to "
                    + (config.latentSize() - 1));
        }
        if (!Files.isRegularFile(generatorFile)) {
            throw new IOException(generatorFile.getFileName() + " is missing: " + keptEpochs(generatorFile.getParent()));
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Generator g = new Generator(config, imageSize, channels);
            try (InputStream in = Files.newInputStream(generatorFile);
                 DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in))) {
                g.read(data);
            }
            INDArray fixed = Trainer.fixedLatentPoints(config.seed(), config.latentSize());
            INDArray walk = fixed.getRow(0).dup().reshape(1, config.latentSize()).repeat(0, steps);
            for (int i = 0; i < steps; i++) {
                double value = steps == 1 ? 0 : -range + 2 * range * i / (steps - 1);
                walk.putScalar(i, dimension, value);
            }
            INDArray images = g.forward(Nd4j.concat(0, fixed, walk), Trainer.samplingMode(config));
            INDArray kept = images.get(NDArrayIndex.interval(fixed.size(0), fixed.size(0) + steps)).dup('c');
            return new SampleGrid(steps, imageSize, channels, kept.reshape(kept.length()).toFloatVector());
        }
    }
}
