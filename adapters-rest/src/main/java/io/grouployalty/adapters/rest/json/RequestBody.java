package io.grouployalty.adapters.rest.json;

/** A type a request body is bound to, once, by the adapter's own reader. */
public interface RequestBody {
}
