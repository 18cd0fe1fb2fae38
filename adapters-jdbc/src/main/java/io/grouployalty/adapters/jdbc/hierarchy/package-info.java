/** Hierarchy definitions in PostgreSQL: one row per hierarchy, one per role in chain order. */
package io.grouployalty.adapters.jdbc.hierarchy;
