package org.vaeexplorer.cli;

/** A bad command line: its message is the one line the user sees. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
