package org.ganlab.data;

import java.io.IOException;
import java.nio.file.Path;

/** A data file or folder that cannot be used; the message names it and the problem. */
public class DataException extends IOException {
    public DataException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
