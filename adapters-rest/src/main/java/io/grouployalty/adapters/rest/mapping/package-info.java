/** What the response mappers share: vavr values read as the plain Java values that JSON records hold. */
package io.grouployalty.adapters.rest.mapping;
