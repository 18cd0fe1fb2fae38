/** Companies in PostgreSQL. */
package io.grouployalty.adapters.jdbc.company;
