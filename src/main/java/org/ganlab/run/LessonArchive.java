package org.ganlab.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ganlab.config.Json;
import org.ganlab.config.Lesson;

/**
 * A lesson with its saved runs as one archive, to hand to another machine: a zip of {@code lesson.json} and each saved
 * run's folder under {@code runs/} (the presets and gallery runs every lab ships stay out). It is unpacked only into a
 * new folder inside the runs folder: an entry that would land outside it, a link, more than {@link #MAX_BYTES} or
 * {@link #MAX_ENTRIES} unpacked is refused by name, and nothing of a refused archive is left behind.
 */
public final class LessonArchive {
    /** The lesson's file inside an archive. */
    public static final String LESSON = "lesson.json";
    /** The most an archive may unpack to, and the most entries it may hold. */
    public static final long MAX_BYTES = 4L << 30;
    public static final int MAX_ENTRIES = 200_000;

    private LessonArchive() {
    }

    /** Writes the lesson in {@code lessonFile} with its saved runs as {@code archive}, whole or not at all. */
    public static void export(Path lessonFile, Path archive) throws IOException, LessonFile.LessonException {
        Lesson lesson = LessonFile.read(lessonFile);
        Path folder = lessonFile.toAbsolutePath().getParent();
        List<Lesson.Step> steps = new ArrayList<>();
        List<Path> runs = new ArrayList<>();
        for (Lesson.Step s : lesson.steps()) {
            String run = s.run();
            if (run != null) {
                Path dir = folder.resolve(run).normalize();
                run = "runs/" + (runs.size() + 1) + "-" + dir.getFileName();
                runs.add(dir);
            }
            steps.add(new Lesson.Step(s.preset(), run, s.gallery(), s.note(), s.settings(), s.open()));
        }
        byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Lesson(lesson.format(),
                lesson.title(), steps));
        AtomicFiles.write(archive, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(LESSON));
                zip.write(json);
                zip.closeEntry();
                for (int i = 0; i < runs.size(); i++) {
                    add(zip, runs.get(i), "runs/" + (i + 1) + "-" + runs.get(i).getFileName() + "/");
                }
            }
        });
    }

    private static void add(ZipOutputStream zip, Path dir, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path f : files) {
            zip.putNextEntry(new ZipEntry(prefix + dir.relativize(f).toString().replace('\\', '/')));
            Files.copy(f, zip);
            zip.closeEntry();
        }
    }

    /**
     * Unpacks {@code archive} into a new folder of {@code runsRoot}'s {@code lessons} folder and returns the lesson's
     * file there, read and checked.
     *
     * @throws IOException naming the archive and the entry when it is refused; nothing of it is left behind
     */
    public static Path unpack(Path archive, Path runsRoot) throws IOException, LessonFile.LessonException {
        return unpack(archive, runsRoot, MAX_BYTES, MAX_ENTRIES);
    }

    static Path unpack(Path archive, Path runsRoot, long maxBytes, int maxEntries)
            throws IOException, LessonFile.LessonException {
        Path lessons = Files.createDirectories(runsRoot.resolve("lessons")).toRealPath();
        String name = archive.getFileName().toString().replaceFirst("\\.zip$", "");
        Path partial = Files.createTempDirectory(lessons, "." + name + ".");
        boolean done = false;
        try {
            long total = 0;
            int entries = 0;
            try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (++entries > maxEntries) {
                        throw new IOException(archive + ": more than " + maxEntries + " entries");
                    }
                    Path target = partial.resolve(e.getName()).normalize();
                    if (!target.startsWith(partial) || target.equals(partial)) {
                        throw new IOException(archive + ": the entry '" + e.getName() + "' would land outside the "
                                + "lesson's folder");
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    total += copyAtMost(zip, target, maxBytes - total, maxBytes, archive);
                }
            }
            Path lesson = partial.resolve(LESSON);
            if (!Files.isRegularFile(lesson)) {
                throw new IOException(archive + ": no " + LESSON + " in it; not a lesson's archive");
            }
            LessonFile.read(lesson); // its saved runs are inside, where the lesson says
            Path dest = free(lessons, name);
            Files.move(partial, dest);
            done = true;
            return dest.resolve(LESSON);
        } finally {
            if (!done) {
                delete(partial);
            }
        }
    }

    /** Copies the current entry into {@code target}, refusing once more than {@code left} bytes came out. */
    private static long copyAtMost(InputStream in, Path target, long left, long max, Path archive)
            throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > left) {
                    throw new IOException(archive + ": unpacks to more than " + ReadLimits.describe(max)
                            + " (the most a lesson's archive may hold)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** {@code name}, or {@code name-2}, {@code name-3}... : the first not yet taken in {@code folder}. */
    private static Path free(Path folder, String name) {
        Path p = folder.resolve(name);
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = folder.resolve(name + "-" + i);
        }
        return p;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
