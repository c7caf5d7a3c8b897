package org.ganlab.cli;

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

/** Prints the digit classifier's accuracy on the 10,000 MNIST test images. */
@Command(name = "evaluate-classifier", description = "Print the digit classifier's accuracy on the MNIST test set.")
final class EvaluateClassifierCommand implements Callable<Integer> {
    @Option(names = "--model", description = "The weights (default: resources/classifier/mnist-lenet.zip).")
    Path model = DigitClassifier.shipped();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DigitClassifier classifier = GanLabCli.classifier(model);
        MnistDigits test = MnistDigits.read(Datasets.folderOf(ExperimentConfig.baseline()), MnistDigits.Part.TEST);
        spec.commandLine().getOut().printf(Locale.ROOT, "test_accuracy=%.4f%n", classifier.accuracy(test, test.count()));
        return 0;
    }
}
