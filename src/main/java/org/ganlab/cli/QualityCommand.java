package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ganlab.quality.DigitClassifier;
import org.ganlab.records.QualityRow;
import org.ganlab.run.QualityFile;
import org.ganlab.session.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures a run's samples with the digit classifier, epoch by epoch, and writes quality.csv. */
@Command(name = "quality", description = "Score a run's samples with the published measures (digit classifier).")
final class QualityCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A run directory that kept its generator (checkpoints).")
    Path dir;

    @Option(names = "--samples", defaultValue = "1000", description = "Fresh samples per epoch (default 1000).")
    int samples;

    @Option(names = "--model", description = "The classifier's weights (default: resources/classifier/mnist-lenet.zip).")
    Path model = DigitClassifier.shipped();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GanLabCli.requireFolder(dir);
        if (samples < 10 || samples > QualityReport.MAX_SAMPLES) {
            throw new GanLabCli.BadArgumentException("--samples: " + samples + " is out of range; allowed: 10 to "
                    + QualityReport.MAX_SAMPLES);
        }
        DigitClassifier classifier = GanLabCli.classifier(model);
        PrintWriter out = spec.commandLine().getOut();
        QualityReport.Report report;
        try {
            report = QualityReport.measure(dir, classifier, samples, epoch -> { });
        } catch (IOException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        out.printf(Locale.ROOT, "%d samples per epoch against %s; the row of epoch 0 is %d real training images "
                + "scored the same way: the floor of each measure at this sample size%n", report.samples(),
                report.reference(), report.samples());
        out.println(String.join(",", QualityFile.COLUMNS) + ",histogram");
        for (QualityRow r : Stream.concat(Stream.of(report.real()),
                report.rows().stream()).toList()) {
            out.printf(Locale.ROOT, "%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%s%n", r.epoch(), r.modes(), r.kl(),
                    r.inceptionScore(), r.inceptionScoreSd(), r.inceptionScoreOnePass(), r.frechetDistance(),
                    r.precision(), r.recall(), Arrays.toString(r.histogram()).replace(", ", " "));
        }
        out.println("wrote " + dir.resolve(QualityFile.FILE));
        return 0;
    }
}
