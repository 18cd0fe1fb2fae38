package io.grouployalty.domain.hierarchy;

/**
 * A permission a role grants, stored and echoed as given: {@code permissionValue} is the JSON value it was given as JSON text
 * ({@code true}, {@code 250}, {@code "read"}), or null.
 */
public record Permission(String permissionCode, String permissionValue) {
}
