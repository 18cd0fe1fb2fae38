package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;

/** A page of companies as {@code GET /v2/companies/all} renders it (API.md §3.2, §6.39). */
record CompanyPageJson(PaginationJson pagination, List<CompanyJson> data, List<Problem> warnings, List<Problem> errors) {

    record PaginationJson(int limit, int offset, String sortBy, String sortOrder, long total) {
    }
}
