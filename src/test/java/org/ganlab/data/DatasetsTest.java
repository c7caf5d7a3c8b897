package org.ganlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import org.ganlab.config.ConfigException;
import org.ganlab.config.DigitSelection;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.ganlab.config.ExperimentConfig;

/** The bundled MNIST data: the reference's selection and the other choices a user can make. */
class DatasetsTest {
    @Test
    void theReferenceSelectionIsTheExactly5851EightsScaledToMinusOneOne() throws IOException {
        ImageDataset eights = Datasets.load(ExperimentConfig.baseline().with(Map.of()));
        assertThat(eights.size()).isEqualTo(5851);
        assertThat(eights.height()).isEqualTo(28);
        INDArray batch = eights.sample(new Random(1), 64);
        assertThat(batch.shape()).containsExactly(64, 28, 28, 1);
        assertThat(batch.minNumber().doubleValue()).isEqualTo(-1.0);
        assertThat(batch.maxNumber().doubleValue()).isEqualTo(1.0);
    }

    @Test
    void severalDigitsAllDigitsAndACap() throws IOException {
        var folder = Datasets.folderOf(ExperimentConfig.baseline().with(Map.of()));
        assertThat(Datasets.loadIdxFolder(folder, DigitSelection.parse("0,1"), 0).size()).isEqualTo(5923 + 6742);
        assertThat(Datasets.loadIdxFolder(folder, DigitSelection.parse("all"), 0).size()).isEqualTo(60000);
        assertThat(Datasets.loadIdxFolder(folder, DigitSelection.parse("8"), 200).size()).isEqualTo(200);
    }

    @Test
    void aCapKeepsTheNextHundredImagesAsideForCheckingD() throws IOException {
        var folder = Datasets.folderOf(ExperimentConfig.baseline().with(Map.of()));
        ImageDataset all = Datasets.loadIdxFolder(folder, DigitSelection.parse("8"), 0);
        ImageDataset capped = Datasets.loadIdxFolder(folder, DigitSelection.parse("8"), 200);
        assertThat(all.unseen()).as("every image is trained on").isNull();
        assertThat(capped.unseen().size()).isEqualTo(100);
        assertThat(capped.image(199)).containsExactly(all.image(199));
        assertThat(capped.unseen().image(0)).as("the first eight beyond the cap").containsExactly(all.image(200));
        assertThat(Datasets.loadIdxFolder(folder, DigitSelection.parse("8"), 5800).unseen().size()).isEqualTo(51);
    }

    @Test
    void aBatchLargerThanTheDataIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Datasets.load(ExperimentConfig.baseline().with(Map.of("maxImages", 50, "batchSize", 64))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("batchSize")
                .hasMessageContaining("50 images");
    }
}
