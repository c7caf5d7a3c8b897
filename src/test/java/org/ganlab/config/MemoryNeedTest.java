package org.ganlab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.NetworkSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemoryNeedTest {
    @AfterEach
    void clear() {
        System.clearProperty(MemoryNeed.PROPERTY);
    }

    /** The estimate's parameter counts are those of the networks the trainer builds, for every shape of network. */
    @Test
    void theEstimateCountsTheParametersOfTheNetworksAsBuilt() {
        List<Map<String, Object>> shapes = List.of(Map.of(),
                Map.of("genFilters", 16, "discFilters", 8, "latentSize", 3),
                Map.of("conditional", true, "minibatchStddev", true),
                Map.of("packing", 2, "batchNorm", false, "genKernelSize", 5, "discKernelSize", 3),
                Map.of("discBatchNorm", false, "genBatchNorm", false),
                Map.of("imageFolder", "/", "imageSize", 32, "colour", true, "architecture", "DCGAN", "genFilters", 16,
                        "discFilters", 8),
                Map.of("imageFolder", "/", "imageSize", 64, "architecture", "DCGAN", "genFilters", 8,
                        "discFilters", 8, "minibatchStddev", true));
        for (Map<String, Object> changes : shapes) {
            ExperimentConfig c = ExperimentConfig.baseline().with(changes);
            int size = c.imageFolder().isBlank() ? 28 : c.imageSize();
            int channels = c.colour() ? 3 : 1;
            long g = new Generator(NetworkSpec.generator(c, size, channels)).parameters().length();
            long d = new Discriminator(NetworkSpec.discriminator(c, size, channels)).parameters().length();
            assertThat(MemoryNeed.generator(c).parameters()).as("G of %s", changes).isEqualTo(g);
            assertThat(MemoryNeed.discriminator(c).parameters()).as("D of %s", changes).isEqualTo(d);
        }
    }

    @Test
    void theReferenceFitsALaptopAndTheLargestSettingsAreRefusedWithWhatTheyNeed() {
        System.setProperty(MemoryNeed.PROPERTY, "8g");
        ExperimentConfig reference = ExperimentConfig.baseline();
        assertThat(MemoryNeed.training(reference)).isBetween(800L << 20, 1500L << 20);
        assertThat(ConfigSchema.problems(reference)).isEmpty();

        ExperimentConfig largest = reference.with(Map.of("genFilters", 1024, "discFilters", 1024,
                "latentSize", 1024, "batchSize", 4096));
        assertThat(ConfigSchema.IMAGES.problems(largest)).isEmpty(); // every field is within its own range
        assertThat(ConfigSchema.problems(largest)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("batchSize");
            assertThat(p.message()).contains("need about").contains("GB").contains("8.0 GB");
        });
        // twice the batch is about twice the activations
        ExperimentConfig doubled = reference.with(Map.of("batchSize", 256));
        assertThat(MemoryNeed.training(doubled) - MemoryNeed.BASE)
                .isBetween((long) (1.7 * (MemoryNeed.training(reference) - MemoryNeed.BASE)),
                        2 * (MemoryNeed.training(reference) - MemoryNeed.BASE));
    }

    @Test
    void theLimitCanBeSetAndIsReadAsASize() {
        assertThat(MemoryNeed.parseBytes("512m")).isEqualTo(512L << 20);
        assertThat(MemoryNeed.parseBytes("3G")).isEqualTo(3L << 30);
        assertThat(MemoryNeed.parseBytes("1000")).isEqualTo(1000);
        System.setProperty(MemoryNeed.PROPERTY, "600m");
        assertThat(MemoryNeed.available()).isEqualTo(600L << 20);
        assertThat(MemoryNeed.trainingProblem(ExperimentConfig.baseline())).isPresent();
    }
}
