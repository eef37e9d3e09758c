/**
 * The {@code statecraft} command line. The entry point is
 * {@link org.statecraft.cli.StatecraftCommand}; every other type is an implementation detail.
 */
@NullMarked
package org.statecraft.cli;

import org.jspecify.annotations.NullMarked;
