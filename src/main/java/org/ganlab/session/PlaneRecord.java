package org.ganlab.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.run.ReadLimits;

/**
 * The playground's records read back: the Markdown tables {@code plane --record} writes ({@link PlaneTable}), a row
 * per preset and seed and a table per pair, so that tests hold the presets, the guide and the README to what was
 * measured.
 */
public final class PlaneRecord {
    /**
     * One recorded run: its preset, the verdict it promised and the one it had, and its last check's figures (shares
     * from 0 to 1; the hopping over the checks the verdict reads).
     */
    public record Run(String preset, String expected, long seed, String verdict, int modes, double onMode, double kl,
                      double hopping, double dLoss) {
        public boolean asExpected() {
            return verdict.equals(expected);
        }
    }

    /** One seed of a recorded pair: both arms' verdicts and the figures their witness reads. */
    public record PairSeed(long seed, String failureVerdict, String remedyVerdict, PointsWitness.Figures failure,
                           PointsWitness.Figures remedy) {
    }

    /** A recorded pair, and whether the record says it counts. */
    public record Pair(String remedy, String failure, List<PairSeed> seeds, boolean countsAsRecorded) {
    }

    /** Every run and pair of one record file. */
    public record Tables(List<Run> runs, List<Pair> pairs) {
    }

    private PlaneRecord() {
    }

    /** The records of the playground in {@code folder}: its files {@code plane*.md}, in name order. */
    public static Tables readAll(Path folder) throws IOException {
        List<Run> runs = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("plane.*\\.md")).sorted().toList()) {
                Tables t = read(f);
                runs.addAll(t.runs());
                pairs.addAll(t.pairs());
            }
        }
        return new Tables(runs, pairs);
    }

    /** One record file. */
    public static Tables read(Path file) throws IOException {
        List<String> lines = new String(ReadLimits.read(file, ReadLimits.TABLE), StandardCharsets.UTF_8)
                .lines().toList();
        List<Run> runs = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> header = List.of();
        String remedy = null;
        String failure = null;
        List<PairSeed> seeds = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("### ") && line.contains(" cures ")) {
                String[] names = line.substring(4).split(" cures ");
                remedy = names[0].trim();
                failure = names[1].trim();
                seeds = new ArrayList<>();
            } else if (line.startsWith("| seed | failure |") || line.startsWith("| preset | expected | seed |")) {
                header = cells(line);
            } else if (line.startsWith("| ") && !line.startsWith("| ---") && header.size() > 3) {
                List<String> c = cells(line);
                if (c.size() != header.size()) {
                    continue; // the count per preset, under the runs
                }
                if (header.get(0).equals("preset")) {
                    runs.add(new Run(c.get(0), c.get(1), Long.parseLong(c.get(2)),
                            c.get(3).replace(" (not as expected)", ""), Integer.parseInt(c.get(4).split("/")[0]),
                            share(c.get(5)), Double.parseDouble(c.get(6)), share(c.get(7)),
                            Double.parseDouble(c.get(8))));
                } else {
                    seeds.add(new PairSeed(Long.parseLong(c.get(0)), c.get(1), c.get(2), figures(header, c, 0),
                            figures(header, c, 1)));
                }
            } else if ((line.startsWith("Failure not Stable on") || line.startsWith("Failure failed on"))
                    && remedy != null) {
                pairs.add(new Pair(remedy, failure, List.copyOf(seeds), line.contains("**the pair counts**")));
                remedy = null;
                header = List.of();
            }
        }
        return new Tables(runs, pairs);
    }

    /** Arm {@code arm} (0 the failure, 1 the remedy) of a pair's row; a column the table lacks is NaN. */
    private static PointsWitness.Figures figures(List<String> header, List<String> c, int arm) {
        return new PointsWitness.Figures((int) side(header, c, "modes", arm), side(header, c, "KL", arm),
                side(header, c, "hopping", arm), side(header, c, "D accuracy", arm), side(header, c, "on a mode", arm));
    }

    private static double side(List<String> header, List<String> c, String column, int arm) {
        int i = header.indexOf(column);
        return i < 0 ? Double.NaN : share(c.get(i).split("->")[arm].trim());
    }

    /** A figure, with a percentage as a share from 0 to 1. */
    private static double share(String cell) {
        return cell.endsWith("%") ? Double.parseDouble(cell.substring(0, cell.length() - 1)) / 100
                : Double.parseDouble(cell);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.lastIndexOf('|'));
        return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
    }
}
