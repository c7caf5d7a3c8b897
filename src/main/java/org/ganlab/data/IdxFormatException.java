package org.ganlab.data;

import java.io.IOException;
import java.nio.file.Path;

/** A data file that is not a usable IDX file; the message names the file and the problem. */
public class IdxFormatException extends IOException {
    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
