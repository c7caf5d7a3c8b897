package org.ganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.ganlab.config.DigitSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    static byte[] images(int count, int rows, int cols, int magic) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < count * rows * cols; i++) {
            out.writeByte(i % 256);
        }
        return bytes.toByteArray();
    }

    static byte[] labels(int... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxReader.LABELS_MAGIC);
        out.writeInt(values.length);
        for (int v : values) {
            out.writeByte(v);
        }
        return bytes.toByteArray();
    }

    Path write(String name, byte[] content, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            out.write(content);
        }
        return p;
    }

    @Test
    void readsRawAndGzippedFilesAlike() throws IOException {
        byte[] content = images(3, 2, 2, IdxReader.IMAGES_MAGIC);
        IdxReader.Images raw = IdxReader.readImages(write("a-idx3-ubyte", content, false));
        IdxReader.Images gz = IdxReader.readImages(write("b-idx3-ubyte", content, true));
        assertThat(raw.count()).isEqualTo(3);
        assertThat(raw.rows()).isEqualTo(2);
        assertThat(raw.pixels()).hasSize(12).isEqualTo(gz.pixels());
        assertThat(IdxReader.readLabels(write("l", labels(1, 8, 3), true))).containsExactly(1, 8, 3);
    }

    @Test
    void rejectsAWrongMagicNumberNamingTheFile() throws IOException {
        Path p = write("labels-as-images", labels(1, 2), false);
        assertThatThrownBy(() -> IdxReader.readImages(p)).isInstanceOf(DataException.class)
                .hasMessageContaining("labels-as-images").hasMessageContaining("wrong magic number 0x00000801");
    }

    @Test
    void rejectsTruncatedFiles() throws IOException {
        byte[] content = images(4, 3, 3, IdxReader.IMAGES_MAGIC);
        byte[] cut = Arrays.copyOf(content, content.length - 5);
        Path raw = write("cut-idx3-ubyte", cut, false);
        Path gz = write("cut-idx3-ubyte.gz", cut, true);
        assertThatThrownBy(() -> IdxReader.readImages(raw)).hasMessageContaining("cut-idx3-ubyte")
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> IdxReader.readImages(gz)).hasMessageContaining("truncated");
        Path header = write("header", Arrays.copyOf(content, 6), false);
        assertThatThrownBy(() -> IdxReader.readImages(header)).hasMessageContaining("truncated");
    }

    @Test
    void rejectsImagesAndLabelsThatDisagreeInCount() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("set"));
        Files.write(folder.resolve("train-images-idx3-ubyte"), images(3, 2, 2, IdxReader.IMAGES_MAGIC));
        Files.write(folder.resolve("train-labels-idx1-ubyte"), labels(1, 2));
        assertThatThrownBy(() -> Datasets.loadIdxFolder(folder, DigitSelection.parse("all"), 0))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("train-labels-idx1-ubyte").hasMessageContaining("2 labels")
                .hasMessageContaining("3 images");
    }

    @Test
    void aFolderWithoutIdxFilesIsNamedInTheMessage() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> Datasets.loadIdxFolder(folder, DigitSelection.parse("8"), 0))
                .hasMessageContaining("empty").hasMessageContaining("train-images-idx3-ubyte");
    }
}
