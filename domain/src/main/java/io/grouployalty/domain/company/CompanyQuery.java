package io.grouployalty.domain.company;

import io.vavr.control.Option;

import java.util.Objects;

/** One page of an org's companies, optionally only active or inactive ones, by creation date (ties by id). */
public record CompanyQuery(Option<Boolean> active, boolean newestFirst, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public CompanyQuery {
        Objects.requireNonNull(active, "active");
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit is 1.." + MAX_LIMIT + " and offset at least 0");
        }
    }
}
