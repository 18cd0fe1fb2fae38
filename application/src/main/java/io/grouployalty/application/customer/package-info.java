/** Use cases about customers and their associations. */
package io.grouployalty.application.customer;
