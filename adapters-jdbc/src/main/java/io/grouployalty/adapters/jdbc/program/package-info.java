/** Loyalty programs and their tiers in PostgreSQL. */
package io.grouployalty.adapters.jdbc.program;
