package lt.dienynas.security;

/**
 * One row of {@link Actors#byLogin}: the account's person, whether it is enabled, and one of its
 * roles (null for an account without roles).
 */
public record ActorRow(long personId, boolean enabled, Role role) {}
