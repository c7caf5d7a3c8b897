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
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.Preset;
import org.ganlab.config.Presets;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.run.RunLock;
import org.ganlab.session.CurePairs;
import org.ganlab.session.Sweep;
import org.ganlab.config.Catalogue;
import org.ganlab.config.DataKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Presets times seeds, each cell its own run folder, then the table; finished cells are skipped. */
@Command(name = "sweep", description = "Train presets x seeds (optionally one setting over values) into DIR, one run "
        + "folder per cell, and write DIR/sweep.csv and DIR/sweep.md. Cells already completed are skipped.")
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--presets", split = ",", description = "Presets, comma-separated (default: every image "
            + "preset). 2-D presets (plane-...) sweep the playground instead: each run saved as DIR/PRESET/seed-N, "
            + "the table printed, and with --record written as DIR/plane.md.")
    List<String> presets = new ArrayList<>();

    @Option(names = "--seeds", defaultValue = "1-5", description = "Seeds: a range 1-5 or a list 1,2,7 (default: "
            + "${DEFAULT-VALUE}).")
    String seeds;

    @Option(names = "--epochs", description = "Epochs of every cell (default: each preset's own).")
    Integer epochs;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting for every cell, repeatable.")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--vary", paramLabel = "KEY=V1,V2", description = "One setting over a list of values.")
    String vary;

    @Option(names = "--table-only", description = "Only collect the table from the run folders already in DIR.")
    boolean tableOnly;

    @Option(names = "--rejudge", description = "Judge every completed run of the sweep again with today's criteria "
            + "(rewriting its diagnosis.json) before the table is written: after the thresholds change.")
    boolean rejudge;

    @Option(names = "--record", paramLabel = "DIR", description = "After the table, copy every completed cell's "
            + "figures (config, metrics, diagnosis, quality, digits; no grids or checkpoints) into DIR, for example "
            + "resources/sweep, and rebuild DIR's table.")
    Path record;

    @Option(names = "--out", required = true, description = "The sweep's folder.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Sweep.requireSweepFolder(out);
            if (record != null) {
                Sweep.requireSweepFolder(record);
            }
        } catch (IllegalArgumentException e) {
            throw new GanLabCli.BadArgumentException("--out or --record: " + e.getMessage());
        }
        if (record != null && Files.exists(record) && !Files.isDirectory(record)) {
            throw new GanLabCli.BadArgumentException("--record: " + record + " is a file, not a folder");
        }
        if (tableOnly) {
            if (!Files.isDirectory(out)) {
                throw new GanLabCli.BadArgumentException("--out: " + out + " is not a folder");
            }
            try (RunLock lock = sweepLock()) {
                return table(err);
            }
        }
        List<Long> seedList = parseSeeds(seeds);
        Map<String, String> changes = new LinkedHashMap<>(ConfigOverrides.parseAssignments(assignments));
        if (epochs != null) {
            changes.put("epochs", Integer.toString(epochs));
        }
        String setting = null;
        List<String> values = List.of();
        if (vary != null) {
            int eq = vary.indexOf('=');
            if (eq <= 0 || eq == vary.length() - 1) {
                throw new GanLabCli.BadArgumentException("--vary: expected KEY=V1,V2, for example latentSize=1,2,100");
            }
            setting = vary.substring(0, eq).trim();
            values = Arrays.stream(vary.substring(eq + 1).split(",")).map(String::trim).toList();
        }
        List<String> names = presets.isEmpty()
                ? Presets.all().stream().map(Preset::name).toList() : presets;
        if (names.stream().anyMatch(n -> Catalogue.find(n).filter(p -> p.kind() == DataKind.POINTS).isPresent())) {
            return plane(names);
        }
        List<Sweep.Cell> cells;
        try {
            cells = Sweep.cells(names, seedList, setting, values);
            for (Sweep.Cell c : cells) {
                c.config(changes); // every cell's settings are checked before the first one trains
            }
        } catch (ConfigException | IllegalArgumentException e) {
            throw new GanLabCli.BadArgumentException(e.getMessage());
        }
        OutFolder.writable("--out", out);
        if (record != null) {
            OutFolder.writable("--record", record);
        }
        TrainingControl control = new TrainingControl();
        int n = 0;
        int skipped = 0;
        long start = System.nanoTime();
        try (RunLock lock = sweepLock(); StopOnExit exit = StopOnExit.install(control)) {
            for (Sweep.Cell c : cells) {
                n++;
                String name = c.preset() + " seed " + c.seed() + (c.setting() == null ? "" : " " + c.setting() + "=" + c.value());
                if (Sweep.done(c.folder(out))) {
                    skipped++;
                    err.println("cell " + n + "/" + cells.size() + ": " + name + " already done, skipped");
                    continue;
                }
                err.println("cell " + n + "/" + cells.size() + ": " + name);
                err.flush();
                RunStatus status = Sweep.train(c, out, changes, new ProgressReport(err), control);
                if (control.stopped()) {
                    err.println("stopped; start the same sweep again to go on from cell " + n);
                    break;
                }
                err.println("  " + status.name().toLowerCase(Locale.ROOT));
            }
            err.printf(Locale.ROOT, "%d cells, %d skipped as already done, %.0f s%n", cells.size(),
                    skipped, (System.nanoTime() - start) / 1e9);
            return table(err);
        }
    }

    /** The sweep folder's lock, held while cells train and the table is written: two sweeps never share a folder. */
    private RunLock sweepLock() {
        try {
            return RunLock.acquire(out);
        } catch (IOException e) {
            throw new GanLabCli.BadArgumentException("--out: " + out + " is in use by another sweep right now; wait "
                    + "for it, or give this sweep a folder of its own");
        }
    }

    /**
     * A sweep of 2-D presets, by the plane runner: the same folders (DIR/PRESET/seed-N, a finished one skipped), its
     * table with the cure pairs, and with --record the table as plane.md in that folder.
     */
    private int plane(List<String> names) throws IOException {
        List<String> image = names.stream().filter(n -> Catalogue.find(n).filter(p -> p.kind() == DataKind.POINTS)
                .isEmpty()).toList();
        if (!image.isEmpty()) {
            throw new GanLabCli.BadArgumentException("--presets: " + String.join(", ", image) + " are image presets "
                    + "and the others 2-D ones; sweep each kind on its own");
        }
        if (vary != null || epochs != null || rejudge) {
            throw new GanLabCli.BadArgumentException("--vary, --epochs and --rejudge are for image presets; a 2-D "
                    + "sweep takes --seeds, --set, --out and --record");
        }
        PlaneCommand plane = new PlaneCommand();
        plane.presets = new ArrayList<>(names);
        plane.seeds = seeds;
        plane.changes = new LinkedHashMap<>(ConfigOverrides.parseAssignments(assignments));
        plane.out = out;
        plane.record = record == null ? null : record.resolve("plane.md");
        plane.spec = spec;
        return plane.call();
    }

    private int table(PrintWriter err) throws IOException {
        if (rejudge) {
            Sweep.Rejudged r = Sweep.rejudge(out);
            err.println("judged again: " + r.judged() + " completed runs" + (r.kept() == 0 ? ""
                    : "; " + r.kept() + " kept their verdict (no sample grids in the folder to judge again)"));
        }
        List<Sweep.Row> rows = Sweep.table(out);
        err.println("table of " + rows.size() + " runs: " + out.resolve(Sweep.CSV) + ", " + out.resolve(Sweep.MARKDOWN));
        var pairs = CurePairs.write(out);
        if (!pairs.isEmpty()) {
            err.println(pairs.size() + " remedy pairs: " + out.resolve(CurePairs.MARKDOWN));
        }
        if (record != null) {
            try {
                int copied = Sweep.record(out, record);
                CurePairs.write(record);
                err.println("recorded " + copied + " completed cells in " + record + "; its table: "
                        + record.resolve(Sweep.MARKDOWN));
            } catch (IllegalArgumentException e) {
                throw new GanLabCli.BadArgumentException("--record: " + e.getMessage());
            }
        }
        spec.commandLine().getOut().print(Files.readString(out.resolve(Sweep.MARKDOWN)));
        spec.commandLine().getOut().flush();
        err.flush();
        return 0;
    }

    /** "1-5" or "1,2,7". */
    static List<Long> parseSeeds(String text) {
        try {
            String t = text.trim();
            int dash = t.indexOf('-', 1);
            if (dash > 0) {
                long from = Long.parseLong(t.substring(0, dash).trim());
                long to = Long.parseLong(t.substring(dash + 1).trim());
                if (to < from || to - from > 10_000) {
                    throw new NumberFormatException();
                }
                List<Long> seeds = new ArrayList<>();
                for (long s = from; s <= to; s++) {
                    seeds.add(s);
                }
                return seeds;
            }
            return Arrays.stream(t.split(",")).map(String::trim).map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw new GanLabCli.BadArgumentException("--seeds: '" + text + "' is not a range like 1-5 or a list like 1,2,7");
        }
    }
}
