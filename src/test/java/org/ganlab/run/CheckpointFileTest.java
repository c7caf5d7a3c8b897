package org.ganlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganlab.records.NamedArray;
import org.ganlab.records.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint file: exact round trip, and each kind of damage named in one message. */
class CheckpointFileTest {
    @TempDir
    Path tmp;

    static Checkpoint sample() {
        float[] params = new float[1000];
        for (int i = 0; i < params.length; i++) {
            params[i] = (float) Math.sin(i) * 1e-3f;
        }
        return new Checkpoint(3, 135, 42.5, 135, 270, new long[] {123456789L, -42L}, new byte[] {1, 2, 3},
                List.of(new NamedArray("Generator.parameters", new long[] {1, 1000}, params),
                        new NamedArray("Generator.state.0", new long[] {1, 2}, new float[] {Float.MIN_VALUE, -0f})));
    }

    @Test
    void aCheckpointReadsBackExactly() throws Exception {
        Path file = RunFiles.checkpoint(tmp, 3);
        CheckpointFile.write(file, sample());
        Checkpoint back = CheckpointFile.read(file);
        Checkpoint c = sample();
        assertThat(back.epoch()).isEqualTo(3);
        assertThat(back.iteration()).isEqualTo(135);
        assertThat(back.seconds()).isEqualTo(42.5);
        assertThat(back.generatorUpdates()).isEqualTo(135);
        assertThat(back.discriminatorUpdates()).isEqualTo(270);
        assertThat(back.randomStates()).containsExactly(123456789L, -42L);
        assertThat(back.sampling()).containsExactly(1, 2, 3);
        assertThat(back.arrays()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(back.arrays().get(i).name()).isEqualTo(c.arrays().get(i).name());
            assertThat(back.arrays().get(i).shape()).containsExactly(c.arrays().get(i).shape());
            // bit for bit, negative zero and subnormals included
            assertThat(Arrays.equals(back.arrays().get(i).values(), c.arrays().get(i).values())).isTrue();
        }
        assertThat(CheckpointFile.epochs(tmp)).containsExactly(3);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("epoch-003.ckpt");
        }
    }

    @Test
    void aTruncatedFileIsNamedTruncated() throws Exception {
        Path file = tmp.resolve("c.ckpt");
        CheckpointFile.write(file, sample());
        byte[] all = Files.readAllBytes(file);
        for (int keep : new int[] {all.length - 1, all.length / 2, 60, 10}) {
            Files.write(file, Arrays.copyOf(all, keep));
            assertThatThrownBy(() -> CheckpointFile.read(file)).as("cut to " + keep + " bytes")
                    .isInstanceOf(CheckpointFile.CheckpointException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining("truncated");
        }
    }

    @Test
    void aChangedByteIsCaughtByTheChecksum() throws Exception {
        Path file = tmp.resolve("c.ckpt");
        CheckpointFile.write(file, sample());
        byte[] all = Files.readAllBytes(file);
        all[all.length - 500] ^= 0x10; // inside the parameters
        Files.write(file, all);
        assertThatThrownBy(() -> CheckpointFile.read(file)).hasMessage(file + " is corrupted (its checksum does not "
                + "match its contents)");
    }

    @Test
    void anotherFormatVersionIsNamed() throws Exception {
        Path file = tmp.resolve("c.ckpt");
        CheckpointFile.write(file, sample());
        byte[] all = Files.readAllBytes(file);
        ByteBuffer.wrap(all, 8, 4).putInt(2);
        Files.write(file, all);
        assertThatThrownBy(() -> CheckpointFile.read(file))
                .hasMessage(file + " has format version 2; this GAN Lab reads version 1");
    }

    @Test
    void otherFilesAreNotCheckpoints() throws Exception {
        Path file = tmp.resolve("c.ckpt");
        Files.writeString(file, "{\"epoch\": 3}");
        assertThatThrownBy(() -> CheckpointFile.read(file)).hasMessage(file + " is not a GAN Lab checkpoint");
        assertThatThrownBy(() -> CheckpointFile.read(tmp.resolve("none.ckpt"))).hasMessageEndingWith("does not exist");
    }
}
