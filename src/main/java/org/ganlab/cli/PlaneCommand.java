package org.ganlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.ganlab.backend.Backend;
import org.ganlab.config.ConfigException;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.PlaneCheck;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.ganlab.run.AtomicFiles;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunLock;
import org.ganlab.session.PlaneTable;
import org.ganlab.session.PlaneTable.Row;
import org.ganlab.session.Playground;
import org.ganlab.session.PointsSession;
import org.ganlab.session.Resume;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the plane playground headless, a preset over seeds: the checks as it goes, then one row per seed with the
 * verdict, the coverage measures and the speed in iterations per second (the 2-D benchmark).
 */
@Command(name = "plane", description = "Train a GAN on 2-D points (a plane preset, over seeds) and print the verdict, "
        + "modes covered, the share of points on a mode, mode KL and iterations per second.")
final class PlaneCommand implements Callable<Integer> {
    @Option(names = "--preset", split = ",", defaultValue = "plane-stable-ring", description = "Plane presets, "
            + "comma-separated (default: ${DEFAULT-VALUE}); --list shows them.")
    List<String> presets = new ArrayList<>();

    @Option(names = "--list", description = "List the plane presets and stop.")
    boolean list;

    @Option(names = "--set", description = "Change a setting, e.g. --set pack=2 --set data=GRID_25 (fields: data, "
            + "latentSize, hidden, layers, genLearningRate, discLearningRate, batch, discSteps, genSteps, "
            + "saturatingGenLoss, pack, minibatchStd, instanceNoise, noiseAnneal, unrolledSteps, "
            + "unrolledSecondOrder, r1Gamma, spectralNorm, "
            + "labelSmoothing, loss (bce, hinge, wgan-gp); data may be "
            + "a mixture of your own: data={\"drawn\": [[x, y], ...]}).")
    Map<String, String> changes = new LinkedHashMap<>();

    @Option(names = "--iterations", description = "Iterations per run (default: the preset's).")
    Integer iterations;

    @Option(names = "--seeds", defaultValue = "1", description = "Seeds: a range 1-5 or a list 1,2,7 (default: "
            + "${DEFAULT-VALUE}).")
    String seeds;

    @Option(names = "--verbose", description = "Print every check, not only each run's row.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "Every plane preset in turn (with --seeds), then how many seeds each "
            + "showed its expected verdict on.")
    boolean all;

    @Option(names = "--record", paramLabel = "FILE", description = "Also write the table as Markdown to FILE (with "
            + "--all: every preset's rows).")
    Path record;

    @Option(names = "--out", paramLabel = "DIR", description = "Save each run as a folder DIR/PRESET/seed-N (its "
            + "checks, their pictures and a checkpoint to train on from); with --from, where the run trained on goes.")
    Path out;

    @Option(names = "--from", paramLabel = "RUN", description = "Train on a saved run (a folder --out wrote) up to "
            + "--iterations in all (default: its plan), into RUN again or into --out; with --set, a branch: other "
            + "settings on the same networks, which needs --out.")
    Path from;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (PlanePreset p : PlanePresets.all()) {
                out.printf(Locale.ROOT, "%-28s %-20s %s%n", p.name(), p.expect(), p.description());
            }
            return 0;
        }
        if (iterations != null && (iterations < 1 || iterations > Playground.MAX_ITERATIONS)) {
            throw new GanLabCli.BadArgumentException("--iterations: " + iterations + " is out of range; allowed: 1 to "
                    + Playground.MAX_ITERATIONS);
        }
        if (record != null) {
            OutFolder.forFile("--record", record);
        }
        if (this.out != null) {
            OutFolder.writable("--out", this.out);
        }
        if (from != null) {
            return trainOn(out);
        }
        List<Long> seedList = SweepCommand.parseSeeds(seeds);
        out.println(Backend.describe());
        List<Row> rows = new ArrayList<>();
        List<PlanePreset> chosen = all ? PlanePresets.all() : presets.stream().map(PlanePresets::get).toList();
        for (PlanePreset p : chosen) {
            rows.addAll(runs(p, seedList, out));
        }
        List<Double> speeds = rows.stream().map(Row::speed).filter(Double::isFinite).sorted().toList();
        if (!speeds.isEmpty()) {
            out.printf(Locale.ROOT, "iterations_per_second=%.0f (median over %d runs, checks and pictures "
                    + "excluded)%n", speeds.get((speeds.size() - 1) / 2), speeds.size());
        }
        if (chosen.size() > 1) {
            for (PlanePreset p : chosen) {
                long shown = rows.stream().filter(r -> r.preset().equals(p.name()) && r.asExpected()).count();
                out.printf(Locale.ROOT, "%-28s %s on %d of %d seeds%n", p.name(), p.expect(), shown, seedList.size());
            }
        }
        if (record != null) {
            AtomicFiles.writeString(record, PlaneTable.markdown(rows, Backend.describe()));
            out.println("wrote " + record);
        }
        return 0;
    }

    /** --from: a saved run trained on (in place, or into --out), or branched with --set (into --out). */
    private int trainOn(PrintWriter out) throws IOException {
        if (!changes.isEmpty() && this.out == null) {
            throw new GanLabCli.BadArgumentException("--from with --set makes a branch: give it a folder of its own "
                    + "with --out");
        }
        PointsSession session;
        try {
            if (changes.isEmpty() && this.out == null) {
                session = PointsSession.continueRun(from, iterations);
            } else {
                session = PointsSession.branch(from, PointsSession.lastCheck(from), new LinkedHashMap<>(changes),
                        iterations, this.out);
            }
        } catch (Resume.ResumeException e) {
            throw new GanLabCli.BadArgumentException("--from " + e.getMessage());
        }
        Playground run = session.playground();
        out.println(Backend.describe());
        out.printf(Locale.ROOT, "%s from iteration %d to %d%s%n", from, run.done(), run.iterations(),
                changes.isEmpty() ? "" : ", changed: " + changes);
        out.println("seed  verdict               modes  on-mode  kl     hopping  d_loss  g_loss  it/s   seconds");
        Row row = trained(session.preset(), "", run.settings().seed(), session, System.nanoTime(), out);
        out.println("saved " + session.dir() + " (" + row.diagnosis().verdict().label() + ")");
        return 0;
    }

    private List<Row> runs(PlanePreset p, List<Long> seedList, PrintWriter out) throws IOException {
        int its = iterations == null ? p.iterations() : iterations;
        Map<String, Object> fields = new LinkedHashMap<>(p.settings() == null ? Map.of() : p.settings());
        fields.putAll(changes);
        out.printf(Locale.ROOT, "preset %s (expects %s), %d iterations%s%n", p.name(), p.expect(), its,
                changes.isEmpty() ? "" : ", changed: " + changes);
        out.println("seed  verdict               modes  on-mode  kl     hopping  d_loss  g_loss  it/s   seconds");
        List<Row> rows = new ArrayList<>();
        for (long seed : seedList) {
            PlaneSettings settings = settings(PlaneSettings.defaults(PlaneData.RING_8, seed), fields);
            Path folder = this.out == null ? null : this.out.resolve(p.name()).resolve("seed-" + seed);
            PlaneRunFolder done = done(folder, settings, its);
            if (done != null) {
                // its saved training time: the checks' time is not saved
                Row row = Row.of(p.name(), p.expect(), seed, done.checks(),
                        done.checkpoint().iteration() / done.checkpoint().seconds(), done.checkpoint().seconds());
                rows.add(row);
                out.printf(Locale.ROOT, "%-5d %-21s already done in %s, skipped%n", seed,
                        row.diagnosis().verdict().label(), folder);
                continue;
            }
            if (folder != null) {
                clear(folder);
            }
            rows.add(train(p.name(), p.expect(), seed, settings, its, folder, out));
            if (folder != null) {
                out.println("      saved " + folder);
            }
        }
        return rows;
    }

    /** An unfinished run of a sweep's cell, cleared before the cell trains again (refused while it trains). */
    private static void clear(Path folder) throws IOException {
        if (RunLock.held(folder)) {
            throw new GanLabCli.BadArgumentException("--out: " + folder + " is being trained by another process");
        }
        if (Files.exists(folder)) {
            FileUtils.deleteDirectory(folder.toFile());
        }
    }

    /**
     * The finished run of these settings saved in {@code folder} (a sweep started again goes on from the cells it
     * has), or null when there is none yet (or the folder is null, or its run stopped early or cannot be read).
     *
     * @throws GanLabCli.BadArgumentException when the folder holds a run of other settings
     */
    private static PlaneRunFolder done(Path folder, PlaneSettings settings, int its) {
        if (folder == null || !PlaneRunFolder.isRun(folder)) {
            return null;
        }
        PlaneRunFolder saved;
        try {
            saved = PlaneRunFolder.read(folder);
        } catch (IOException | RuntimeException e) {
            return null; // trained again, and written over
        }
        if (!saved.settings().equals(settings) || saved.iterations() != its) {
            throw new GanLabCli.BadArgumentException("--out: " + folder + " holds a run of other settings or another "
                    + "budget; give this sweep a folder of its own");
        }
        return saved.checkpoint().iteration() >= its ? saved : null;
    }

    /** Trains a new run to its end (into {@code folder} when it is not null), printing its row. */
    private Row train(String preset, String expect, long seed, PlaneSettings settings, int its, Path folder,
                      PrintWriter out) {
        long start = System.nanoTime();
        if (folder != null) {
            return trained(preset, expect, seed, PointsSession.create(settings, preset, its, folder), start, out);
        }
        Playground run = new Playground(settings, its, checks(out));
        run.finish();
        return print(preset, expect, seed, run, start, out);
    }

    /** Trains a session to its end into its folder (Ctrl+C stops it with its complete checks), printing its row. */
    private Row trained(String preset, String expect, long seed, PointsSession session, long start, PrintWriter out) {
        TrainingControl control = new TrainingControl();
        try (StopOnExit exit = StopOnExit.install(control)) {
            session.train(checks(out), control);
        }
        return print(preset, expect, seed, session.playground(), start, out);
    }

    /** With --verbose, a line per check as it is taken. */
    private TrainingListener checks(PrintWriter out) {
        return new TrainingListener() {
            @Override
            public void epoch(EpochSnapshot s) {
                if (verbose) {
                    out.println("  " + describe(s.check()));
                }
            }
        };
    }

    /** The row of a trained run, printed. */
    private Row print(String preset, String expect, long seed, Playground run, long start, PrintWriter out) {
        Row row = Row.of(preset, expect, seed, run.checks(), run.speed(), (System.nanoTime() - start) / 1e9);
        PlaneCheck last = row.last();
        out.printf(Locale.ROOT, "%-5d %-21s %2d/%-2d  %5.0f%%   %5.2f  %5.0f%%   %6.3f  %6.3f  %5.0f  %5.1f%n", seed,
                row.diagnosis().verdict().label(), last.measures().covered(), last.measures().histogram().length,
                100 * last.measures().highQuality(), last.measures().kl(), 100 * row.hopping(), last.dLoss(),
                last.gLoss(), row.speed(), row.seconds());
        if (verbose) {
            out.println("  " + String.join("; ", row.diagnosis().evidence()));
        }
        out.flush();
        return row;
    }

    /** {@code base} with {@code fields} changed; a bad field is the user's --set. */
    private static PlaneSettings settings(PlaneSettings base, Map<String, Object> fields) {
        PlaneSettings s;
        try {
            s = base.with(fields);
        } catch (ConfigException e) {
            throw new GanLabCli.BadArgumentException("--set " + e.getMessage());
        }
        s.problem().ifPresent(problem -> {
            throw new GanLabCli.BadArgumentException("--set " + problem);
        });
        return s;
    }

    private static String describe(PlaneCheck c) {
        return String.format(Locale.ROOT, "iteration %d  d_real %.3f  d_fake %.3f  g %.3f  acc %.0f%%/%.0f%%  modes %d/%d"
                        + "  on-mode %.0f%%  kl %.2f  %s", c.iteration(), c.dLossReal(), c.dLossFake(), c.gLoss(),
                100 * c.dAccReal(), 100 * c.dAccFake(), c.measures().covered(), c.measures().histogram().length,
                100 * c.measures().highQuality(), c.measures().kl(), Arrays.toString(c.measures().histogram()));
    }
}
