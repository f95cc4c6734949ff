/**
 * Lessons: one {@code .vaelesson} file that restores a whole session (the data, every setting, the trained model
 * and Adam's state, the loss history, the view, notes in English and Simplified Chinese, the controls a lesson locks
 * or hides), its reading with every size and name checked, and the lessons bundled with the application. Uses the
 * rest of the model; only the command line and the view models use it (rules in {@code ArchitectureTest}).
 */
package org.vaeexplorer.model.lessons;
