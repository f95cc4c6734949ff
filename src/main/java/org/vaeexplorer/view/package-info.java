/**
 * The JavaFX application: FXML, thin controllers that bind to view models, and custom drawing surfaces.
 */
package org.vaeexplorer.view;
