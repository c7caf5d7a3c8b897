package org.ganlab.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks a run folder as being trained, with an operating-system lock on {@code .lock} inside it. The system drops
 * the lock when the process ends however it ends, so a run whose config.json still says "running" but whose lock is
 * free was interrupted (killed, crashed, power cut).
 */
public final class RunLock implements AutoCloseable {
    static final String FILE = ".lock";
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of a run folder, or fails when a process (this one or another) is training in it. */
    public static RunLock acquire(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a link; a run's lock is a file of its own (delete the link)");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new RunLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this JVM
        }
        channel.close();
        throw new IOException(dir + " is being trained (or judged) by another process right now; wait for it to "
                + "finish");
    }

    /** True while some process trains in the folder. */
    public static boolean held(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // a read-only copy of a run: nobody can be training in it
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
