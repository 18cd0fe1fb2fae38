/** Card series and their status labels in PostgreSQL. */
package io.grouployalty.adapters.jdbc.card;
