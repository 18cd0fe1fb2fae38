/** The HTTP adapter: the vendor's paths, JSON, envelopes and status codes, over the application's use cases. */
package io.grouployalty.adapters.rest;
