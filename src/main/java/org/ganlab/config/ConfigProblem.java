package org.ganlab.config;

/** One invalid value: the field it belongs to and what is allowed. */
public record ConfigProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
