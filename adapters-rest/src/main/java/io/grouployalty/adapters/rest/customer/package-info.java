/** Customers over HTTP: {@code /v2/customers/bulk} (update, associate, read a fleet) and the customer reads. */
package io.grouployalty.adapters.rest.customer;
