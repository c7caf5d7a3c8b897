package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.diagnosis.Diagnosis;
import org.ganlab.records.PlaneCheck;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunRecord;
import org.ganlab.session.RunDiagnosis;
import org.ganlab.run.RunReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the diagnosis of an existing run directory (and writes its diagnosis.json). */
@Command(name = "diagnose", description = "Name the failure (if any) of a run directory (of images or of points) and "
        + "show the evidence.")
final class DiagnoseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A run directory written by train or by the lab.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GanLabCli.requireFolder(dir);
        if (PlaneRunFolder.isRun(dir)) {
            return points();
        }
        Diagnosis d;
        RunReader.OpenedRun run;
        try {
            run = RunReader.open(dir);
            d = RunDiagnosis.diagnoseAndWrite(run);
        } catch (IOException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        run.problems().forEach(p -> spec.commandLine().getErr().println("gan-lab: note: " + p));
        if (run.record() != null) {
            out.println("status: " + run.record().status().name().toLowerCase(Locale.ROOT) + " - "
                    + run.record().message());
            run.record().history().forEach(p -> out.println("history: " + p.describe()));
        }
        print(d, out);
        out.flush();
        return 0;
    }

    /** A run on points: its verdict from its checks, and each check's coverage. */
    private int points() {
        RunDiagnosis.PointsJudged judged;
        try {
            judged = RunDiagnosis.diagnosePoints(dir);
        } catch (IOException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        RunRecord record = judged.run().record();
        out.println("status: " + record.status().name().toLowerCase(Locale.ROOT) + " - " + record.message());
        record.history().forEach(p -> out.println("history: " + p.describe()));
        Diagnosis d = judged.diagnosis();
        out.println("verdict: " + d.verdict().label() + " - " + d.verdict().meaning());
        d.evidence().forEach(e -> out.println("  " + e));
        for (PlaneCheck c : judged.run().checks()) {
            out.printf(Locale.ROOT, "iteration %6d: %d of %d modes covered, %.0f%% of G's points on a mode, KL %.2f, "
                    + "D's loss %.3f%n", c.iteration(), c.covered(), c.modes(), 100 * c.measures().highQuality(),
                    c.measures().kl(), c.dLoss());
        }
        out.flush();
        return 0;
    }

    static void print(Diagnosis d, PrintWriter out) {
        out.println("verdict: " + d.verdict().label() + " - " + d.verdict().meaning());
        d.evidence().forEach(e -> out.println("  " + e));
        out.printf(Locale.ROOT, "real-image diversity: %.3f%n", d.realDiversity());
        for (Diagnosis.EpochDiagnosis e : d.epochs()) {
            out.printf(Locale.ROOT, "epoch %3d: %-21s diversity %.3f, %2d near-duplicate groups, "
                    + "realism %.2fx%n", e.epoch(), e.verdict().label(), e.diversity(), e.duplicateGroups().size(),
                    e.realism());
        }
    }
}
