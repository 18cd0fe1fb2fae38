/** Customers in PostgreSQL: the association in columns, the rest as a JSON document, identifiers and cards in their own tables. */
package io.grouployalty.adapters.jdbc.customer;
