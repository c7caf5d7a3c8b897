package org.ganlab.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigProblem;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.DataKind;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.Json;
import org.ganlab.config.PlaneSettings;

/**
 * Reads config.json. A run written by an older version lacks the fields added since; those take the baseline's
 * values (the values every older run used), so old runs keep opening. What the file holds is checked before anything
 * uses it: its size, a configuration and a status present, and every setting within the ranges the command line
 * allows (a run folder can come from anywhere; a configuration of a million filters must not reach the networks).
 */
public final class RunRecords {
    private RunRecords() {
    }

    public static RunRecord read(Path file) throws IOException {
        try {
            return check(file, Json.MAPPER.readTree(ReadLimits.read(file, ReadLimits.JSON)));
        } catch (JsonProcessingException e) {
            throw new IOException(file.getFileName() + " is not a run's record: " + e.getOriginalMessage(), e);
        }
    }

    private static RunRecord check(Path file, JsonNode root) throws IOException {
        if (!(root instanceof ObjectNode object)) {
            throw new IOException(file.getFileName() + " does not hold a JSON object");
        }
        if (!object.hasNonNull("status")) {
            throw new IOException(file.getFileName() + " holds no status (running, completed, stopped, ...)");
        }
        if (DataKind.POINTS.name().equals(object.path("kind").asText())) {
            return points(file, object);
        }
        if (!(object.get("config") instanceof ObjectNode saved)) {
            throw new IOException(file.getFileName() + " holds no configuration (its \"config\" object is missing)");
        }
        ObjectNode merged = Json.MAPPER.valueToTree(ConfigSchema.IMAGES.toMap(ExperimentConfig.baseline()));
        saved.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        object.set("config", merged);
        // the configuration is complete now; counters a partial record lacks read as 0
        RunRecord record = Json.MAPPER.readerFor(RunRecord.class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(object);
        List<ConfigProblem> problems = ConfigSchema.IMAGES.problems(record.config());
        if (!problems.isEmpty()) {
            throw new IOException(file.getFileName() + ": " + new ConfigException(problems).getMessage());
        }
        return counted(file, record);
    }

    /** A run on points: its settings (the points' section) within their bounds, and its budget. */
    private static RunRecord points(Path file, ObjectNode object) throws IOException {
        if (!(object.get("points") instanceof ObjectNode)) {
            throw new IOException(file.getFileName() + " holds no settings for points (its \"points\" object is "
                    + "missing)");
        }
        RunRecord record = Json.MAPPER.readerFor(RunRecord.class)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(object);
        if (record.points().problem().isPresent()) {
            throw new IOException(file.getFileName() + ": " + record.points().problem().get());
        }
        if (record.plannedIterations() < 1 || record.plannedIterations() > PlaneSettings.MAX_ITERATIONS
                || record.iterationsPerEpoch() != PlaneSettings.CHECK_EVERY) {
            throw new IOException(file.getFileName() + ": " + record.plannedIterations() + " iterations planned, "
                    + "checked every " + record.iterationsPerEpoch() + "; allowed: 1 to "
                    + PlaneSettings.MAX_ITERATIONS + ", checked every " + PlaneSettings.CHECK_EVERY);
        }
        return counted(file, record);
    }

    private static RunRecord counted(Path file, RunRecord record) throws IOException {
        if (record.completedEpochs() < 0 || record.iterations() < 0 || record.iterationsPerEpoch() < 0) {
            throw new IOException(file.getFileName() + " is damaged: negative counts of epochs or iterations");
        }
        return record;
    }
}
