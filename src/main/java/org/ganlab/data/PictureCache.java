package org.ganlab.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.ganlab.run.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decoded, resized pictures of a folder, kept as one file in the user's cache folder. The file's name is a digest of
 * everything the pixels depend on: the folder, every picture's path, size and modification time, and the image size,
 * colour and cap; a picture added, removed or edited gives another name, so a stale cache is never read. A cache that
 * cannot be read or written is reported and ignored: the pictures are decoded instead.
 */
final class PictureCache {
    private static final Logger LOG = LoggerFactory.getLogger(PictureCache.class);
    private static final int MAGIC = 0x47414E50; // "GANP"
    private static final int VERSION = 1;

    private final Path file;
    private final int size;
    private final int channels;

    private PictureCache(Path file, int size, int channels) {
        this.file = file;
        this.size = size;
        this.channels = channels;
    }

    /**
     * The user's cache folder for GAN Lab: the {@code ganlab.cache} system property when set, else the platform's
     * place ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
     */
    static Path folder() {
        String set = System.getProperty("ganlab.cache");
        if (set != null && !set.isBlank()) {
            return Path.of(set);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("gan-lab")
                    .resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("gan-lab");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("gan-lab");
    }

    static PictureCache of(Path folder, List<Path> files, int size, boolean colour, int cap) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder key = new StringBuilder("gan-lab pictures v" + VERSION + "\n")
                .append(folder.toAbsolutePath().normalize()).append('\n')
                .append(size).append(' ').append(colour).append(' ').append(cap).append('\n');
        for (Path f : files) {
            key.append(folder.relativize(f)).append('\t').append(Files.size(f)).append('\t')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
        }
        String name = HexFormat.of().formatHex(digest.digest(key.toString().getBytes(StandardCharsets.UTF_8)));
        return new PictureCache(folder().resolve("pictures").resolve(name + ".bin"), size, colour ? 3 : 1);
    }

    Path file() {
        return file;
    }

    /** The pictures as cached, or null when there is no usable cache. */
    ImageFolders.Loaded read(String description) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != size || in.readInt() != channels) {
                throw new IOException("not a picture cache of this version and size");
            }
            int count = in.readInt();
            int skipped = in.readInt();
            int named = in.readInt();
            long bytes = (long) count * size * size * channels;
            if (count < 1 || skipped < 0 || named < 0 || named > skipped || named > 100 || bytes > Files.size(file)) {
                throw new IOException("damaged header"); // checked before the pixels' array is made
            }
            List<ImageFolders.Skipped> examples = new ArrayList<>();
            for (int i = 0; i < named; i++) {
                examples.add(new ImageFolders.Skipped(in.readUTF(), in.readUTF()));
            }
            byte[] pixels = new byte[Math.toIntExact(bytes)];
            in.readFully(pixels);
            if (in.read() != -1) {
                throw new IOException("longer than its header says");
            }
            return new ImageFolders.Loaded(new ImageDataset(description, pixels, count, size, size, channels),
                    skipped, List.copyOf(examples), true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("the picture cache {} cannot be used ({}); decoding the pictures again", file, e.toString());
            return null;
        }
    }

    /** Keeps the pictures for the next start; a cache that cannot be written is reported, not fatal. */
    void write(ImageFolders.Loaded loaded) {
        ImageDataset data = loaded.dataset();
        try {
            AtomicFiles.write(file, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 20));
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(size);
                out.writeInt(channels);
                out.writeInt(data.size());
                out.writeInt(loaded.skipped());
                out.writeInt(loaded.skippedExamples().size());
                for (ImageFolders.Skipped s : loaded.skippedExamples()) {
                    out.writeUTF(s.file());
                    out.writeUTF(s.reason());
                }
                data.writePixels(out);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("the decoded pictures could not be cached in {} ({}); the next start decodes them again",
                    file, e.toString());
        }
    }
}
