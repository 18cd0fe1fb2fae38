package io.grouployalty.adapters.rest.hierarchy;

import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** Every hierarchy definition of the org as {@code GET /v2/fleetHierarchy/all} renders them. */
record HierarchyListJson(List<HierarchyJson> data, List<Problem> warnings, List<Problem> errors) {
}
