package io.grouployalty.domain.hierarchy;

/** A permission a role grants, stored and echoed as given. */
public record Permission(String permissionCode, String permissionValue) {
}
