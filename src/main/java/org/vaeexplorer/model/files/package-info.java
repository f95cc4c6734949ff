/**
 * The {@code .vae} model file: a versioned binary format of our own, read with every size checked before it is
 * trusted and written atomically. No Java serialization.
 */
package org.vaeexplorer.model.files;
