package io.grouployalty.adapters.rest.customer;

import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;

/** What a dry run would have created: customers and companies whose ids an answer shows as null (API.md §3.7, §6.17). */
record Unstored(Set<CustomerId> customers, Set<CompanyId> companies) {

    static final Unstored NOTHING = new Unstored(HashSet.empty(), HashSet.empty());

    static Unstored by(List<Either<ItemFailure, ItemOutcome>> outcomes) {
        List<ItemOutcome> done = outcomes.flatMap(Either::toOption);
        return new Unstored(done.flatMap(ItemOutcome::registered).toSet(),
                done.filter(ItemOutcome::createsCompany).flatMap(outcome -> outcome.company().map(company -> company.id())).toSet());
    }
}
