package org.ganlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.data.MnistDigits;
import org.ganlab.quality.DigitClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains the digit classifier of the quality measures on the 60,000 MNIST training images. */
@Command(name = "train-classifier", description = "Train the MNIST digit classifier the quality measures use.")
final class TrainClassifierCommand implements Callable<Integer> {
    @Option(names = "--epochs", defaultValue = "6", description = "Passes over the training images (default 6); the "
            + "learning rate steps down after half of them and after four fifths.")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the weights and the batch order (default 1).")
    long seed;

    @Option(names = "--batch", defaultValue = "128", description = "Images per step (default 128).")
    int batch;

    @Option(names = "--out", description = "Where to write the weights (default: resources/classifier/mnist-lenet.zip).")
    Path out = DigitClassifier.shipped();

    @Spec
    CommandSpec spec;

    /** Passes over the 60,000 images: the shipped weights took 6 (20 minutes here); 100 take most of a week. */
    static final int MAX_EPOCHS = 100;
    /** Images per step: a batch of 4,096 takes about 1 GB of activations in this network. */
    static final int MAX_BATCH = 4096;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || epochs > MAX_EPOCHS || batch < 1 || batch > MAX_BATCH) {
            throw new GanLabCli.BadArgumentException("--epochs and --batch: out of range; allowed: --epochs 1 to "
                    + MAX_EPOCHS + ", --batch 1 to " + MAX_BATCH);
        }
        OutFolder.forFile("--out", this.out);
        PrintWriter out = spec.commandLine().getOut();
        Path mnist = Datasets.folderOf(ExperimentConfig.baseline());
        MnistDigits train = MnistDigits.read(mnist, MnistDigits.Part.TRAIN);
        MnistDigits test = MnistDigits.read(mnist, MnistDigits.Part.TEST);
        DigitClassifier classifier = DigitClassifier.untrained(seed, epochs, (train.count() + batch - 1) / batch);
        long start = System.nanoTime();
        classifier.train(train, epochs, batch, seed, epoch -> {
            out.printf(Locale.ROOT, "epoch %d/%d  %.0f s  test accuracy %.4f%n", epoch, epochs,
                    (System.nanoTime() - start) / 1e9, classifier.accuracy(test, 10_000));
            out.flush();
        });
        classifier.save(this.out);
        out.println("wrote " + this.out);
        return 0;
    }
}
