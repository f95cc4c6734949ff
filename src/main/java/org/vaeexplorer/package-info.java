/** VAE Explorer: the launcher that opens the window or runs a command-line command. */
package org.vaeexplorer;
