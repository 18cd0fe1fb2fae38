package io.grouployalty.adapters.jdbc.hierarchy;

/** A role of a hierarchy at its position in the chain; its permissions as two arrays of the same length, codes and values. */
public record RoleRow(long hierarchyId, int position, Long roleId, String code, Integer maxChild, boolean pointsAggregationRole,
                      String[] permissionCodes, String[] permissionValues) {
}
