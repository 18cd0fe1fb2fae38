/** Customers: their profiles per source, identifiers, cards, channels, fields, enrollments and their association. */
package io.grouployalty.domain.customer;
