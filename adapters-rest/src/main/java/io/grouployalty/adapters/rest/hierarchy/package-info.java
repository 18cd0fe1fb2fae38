/** Hierarchy definitions over HTTP: {@code /v2/fleetHierarchy}. */
package io.grouployalty.adapters.rest.hierarchy;
