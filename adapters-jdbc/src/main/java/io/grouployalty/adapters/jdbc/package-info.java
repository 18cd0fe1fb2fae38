/** The PostgreSQL adapter: schema migrations and the JDBI implementations of the domain's outbound ports. */
package io.grouployalty.adapters.jdbc;
