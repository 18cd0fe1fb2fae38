/** The lenient member types request records are bound with, and their readings as vavr {@code Validation}s with every problem's place. */
package io.grouployalty.adapters.rest.json;
