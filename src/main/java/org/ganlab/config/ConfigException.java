package org.ganlab.config;

import java.util.List;

/** A configuration that cannot be used, with every problem found in it. */
public class ConfigException extends RuntimeException {
    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.isEmpty() ? "invalid configuration" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String field, String message) {
        this(List.of(new ConfigProblem(field, message)));
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
