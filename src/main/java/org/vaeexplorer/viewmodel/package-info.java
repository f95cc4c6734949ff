/**
 * State and commands of the user interface as JavaFX properties ({@code javafx.beans}, {@code javafx.collections}):
 * no controls, no scene graph, no {@code Platform.runLater}, so that everything here is testable without a screen.
 * One view model per pane: {@link org.vaeexplorer.viewmodel.DataViewModel}, {@link
 * org.vaeexplorer.viewmodel.TrainingViewModel} (with its settings and loss chart) and {@link
 * org.vaeexplorer.viewmodel.ExplorationViewModel}; {@link org.vaeexplorer.viewmodel.ModelWorker} alone runs work on
 * the model thread, and {@link org.vaeexplorer.viewmodel.MainViewModel} wires them together.
 */
package org.vaeexplorer.viewmodel;
