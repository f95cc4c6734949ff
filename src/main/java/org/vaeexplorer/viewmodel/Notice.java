package org.vaeexplorer.viewmodel;

/** A message for the user; {@code error} ones name a problem that changed nothing. */
public record Notice(String text, boolean error) {
}
