package org.vaeexplorer.cli;

import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.text.Texts;

/** A bad command line: its message is the one line the user sees. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }

    /** A setting's first problem as a refusal of its option: "--epochs: ...". */
    static UsageException of(InvalidConfigException e) {
        ConfigProblem problem = e.problems().get(0);
        return new UsageException(Texts.get("cli.usage.optionProblem", problem.field(), problem.message()));
    }
}
