/**
 * State and commands of the user interface as JavaFX properties ({@code javafx.beans}, {@code javafx.collections}):
 * no controls, no scene graph, no {@code Platform.runLater}, so that everything here is testable without a screen.
 */
package org.vaeexplorer.viewmodel;
