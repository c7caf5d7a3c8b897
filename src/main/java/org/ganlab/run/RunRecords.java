package org.ganlab.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.ganlab.config.ConfigOverrides;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Json;

/**
 * Reads config.json. A run written by an older version lacks the fields added since; those take the baseline's
 * values (the values every older run used), so old runs keep opening.
 */
public final class RunRecords {
    private RunRecords() {
    }

    public static RunRecord read(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        if (!(root instanceof ObjectNode object)) {
            throw new IOException(file.getFileName() + " does not hold a JSON object");
        }
        ObjectNode merged = Json.MAPPER.valueToTree(ConfigOverrides.toMap(ExperimentConfig.baseline()));
        JsonNode config = object.get("config");
        if (config instanceof ObjectNode saved) {
            saved.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
        }
        object.set("config", merged);
        // the configuration is complete now; counters a partial record lacks read as 0
        return Json.MAPPER.readerFor(RunRecord.class)
                .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(object);
    }
}
