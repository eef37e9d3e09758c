package org.statecraft.core;

/**
 * A reference to whoever acts in an event or a statement: a named {@link Official} (by
 * {@link OfficialId}), an {@link Organization} (by {@link OrganizationId}), or an
 * {@link UnnamedGroup} such as "Taliban officials" or "analysts".
 *
 * <p>The family is closed. On Java 21 and later, switch over it exhaustively; on Java 17 use
 * {@code instanceof} patterns. All implementations are immutable and thread-safe.
 */
public sealed interface ActorRef permits OfficialId, OrganizationId, UnnamedGroup {}
