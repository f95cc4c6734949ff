/**
 * The user-facing strings in English and Simplified Chinese, one key each, for every other package (the model's
 * messages, the view models' notices, the views and the command line alike); it depends on nothing else here.
 */
package org.vaeexplorer.text;
