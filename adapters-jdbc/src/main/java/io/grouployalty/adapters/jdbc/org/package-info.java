/** Orgs, tills and org settings in PostgreSQL. */
package io.grouployalty.adapters.jdbc.org;
