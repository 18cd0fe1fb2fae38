/** Companies over HTTP: {@code /v2/companies}. */
package io.grouployalty.adapters.rest.company;
