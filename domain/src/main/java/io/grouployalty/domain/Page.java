package io.grouployalty.domain;

import io.vavr.collection.List;

/** A page of results and how many there are in all. */
public record Page<T>(List<T> items, long total) {
}
