package org.vaeexplorer.model.settings;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a configuration is used that has problems; carries every problem found, not only the first. */
public final class InvalidConfigException extends IllegalArgumentException {
    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
