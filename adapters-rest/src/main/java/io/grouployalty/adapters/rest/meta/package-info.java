/** Metadata about the caller's org, such as its enabled sources. */
package io.grouployalty.adapters.rest.meta;
