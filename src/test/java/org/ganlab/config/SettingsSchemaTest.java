package org.ganlab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one settings schema, with a section per kind: both kinds change a field by name from text as {@code --set}
 * gives it, refuse an unknown one naming the kind and the fields it has, and name a value out of range with what is
 * allowed, in the same words.
 */
class SettingsSchemaTest {
    @Test
    void bothKindsChangeAFieldByNameFromText() {
        ExperimentConfig images = ExperimentConfig.baseline().with(Map.of("latentSize", "2", "hingeLoss", "true",
                "architecture", "dcgan"));
        assertThat(images.latentSize()).isEqualTo(2);
        assertThat(images.hingeLoss()).isTrue();
        assertThat(images.architecture()).isEqualTo(Architecture.DCGAN);
        assertThat(ConfigSchema.IMAGES.differences(ExperimentConfig.baseline(), images))
                .containsExactly("architecture", "latentSize", "hingeLoss");

        PlaneSettings plain = PlaneSettings.defaults(PlaneData.RING_8, 1);
        PlaneSettings points = plain.with(Map.of("discSteps", "5", "loss", "WGAN-GP", "data", "MOONS"));
        assertThat(points.discSteps()).isEqualTo(5);
        assertThat(points.loss()).as("a choice as written in files").isEqualTo(PlaneSettings.WGAN_GP);
        assertThat(points.data()).isEqualTo(PlaneData.MOONS);
        assertThat(ConfigSchema.POINTS.differences(plain, points)).containsExactly("data", "discSteps", "loss");
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheKindAndItsFields() {
        assertThatThrownBy(() -> PlaneSettings.defaults(PlaneData.RING_8, 1).with(Map.of("packing", 2)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("packing: unknown setting of a run on points; known settings: data, ")
                .hasMessageContaining("pack");
        assertThatThrownBy(() -> ExperimentConfig.baseline().with(Map.of("pack", 2)))
                .hasMessageStartingWith("pack: unknown setting of a run on images; known settings: dataDir, ");
        assertThatThrownBy(() -> ExperimentConfig.baseline().with(Map.of("latentSize", "ten")))
                .hasMessage("latentSize: 'ten' is not a whole number");
        assertThatThrownBy(() -> PlaneSettings.defaults(PlaneData.RING_8, 1).with(Map.of("spectralNorm", "yes")))
                .hasMessage("spectralNorm: 'yes' is not true or false");
    }

    @Test
    void aValueOutOfRangeIsNamedWithWhatIsAllowedInBothKinds() {
        PlaneSettings points = PlaneSettings.defaults(PlaneData.RING_8, 1).with(Map.of("discSteps", 21, "pack", 4,
                "batch", 6));
        assertThat(ConfigSchema.POINTS.problems(points)).extracting(ConfigProblem::toString).containsExactly(
                "discSteps: 21 is out of range; allowed: a whole number from 1 to 20",
                "batch: 6 is less than two packs of 4; allowed: 8 to 4096");
        assertThat(points.problem()).hasValue("discSteps: 21 is out of range; allowed: a whole number from 1 to 20");
        ExperimentConfig images = ExperimentConfig.baseline().with(Map.of("discStepsPerGenStep", 51));
        assertThat(ConfigSchema.IMAGES.problems(images)).extracting(ConfigProblem::toString).containsExactly(
                "discStepsPerGenStep: 51 is out of range; allowed: a whole number from 1 to 50");
    }

    /** Every field of both records is in its section, and every section's field is one of its record's. */
    @Test
    void eachSectionHasEveryFieldOfItsRecord() {
        assertThat(keys(ConfigSchema.POINTS)).isEqualTo(components(PlaneSettings.class));
        assertThat(keys(ConfigSchema.IMAGES)).isEqualTo(components(ExperimentConfig.class));
        for (var f : ConfigSchema.POINTS.fields()) {
            assertThat(f.help()).as(f.key()).isNotBlank();
            assertThat(f.group()).as(f.key()).isIn(ConfigSchema.IMAGES.fields().stream()
                    .map(SettingsSchema.Field::group).toList());
        }
    }

    private static Set<String> keys(SettingsSchema<?> schema) {
        return schema.fields().stream().map(SettingsSchema.Field::key).collect(Collectors.toSet());
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
