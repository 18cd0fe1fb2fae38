package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.customer.Holding;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.ItemContext;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.Identifier;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * Everything an item is judged against, loaded before the rules run: who holds each identifier the item names, those
 * customers and the ones above them, their child counts, the org's definitions, and the ids registrations may take.
 * Judged items enter it, so a later item sees what an earlier one did. Nothing here reads a port.
 */
public record World(ItemContext context, OrgReference reference, Map<Holding, Option<CustomerId>> holders,
                    Map<CustomerId, Customer> customers, Map<CustomerId, Integer> childCounts, List<CustomerId> freshCustomerIds,
                    List<CompanyId> freshCompanyIds) {

    public World {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(holders, "holders");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(childCounts, "childCounts");
        Objects.requireNonNull(freshCustomerIds, "freshCustomerIds");
        Objects.requireNonNull(freshCompanyIds, "freshCompanyIds");
    }

    /** A world of the org's definitions alone, for an item that finds nobody. */
    public static World of(ItemContext context, OrgReference reference) {
        return new World(context, reference, HashMap.empty(), HashMap.empty(), HashMap.empty(), List.empty(), List.empty());
    }

    /** Who holds the identifier where it was given (a card anywhere in the org). */
    public Option<CustomerId> holderOf(ProfileKey key, Identifier identifier) {
        return OrgReference.loaded(holders, Holding.of(key, identifier), "holder of");
    }

    public Customer customer(CustomerId id) {
        return OrgReference.loaded(customers, id, "customer");
    }

    /** The customer as the world knows it, when it knows it; what an item changes is among them. */
    public Option<Customer> known(CustomerId id) {
        return customers.get(id);
    }

    public int childCount(CustomerId parent) {
        return OrgReference.loaded(childCounts, parent, "child count of");
    }

    /** The customer and those above it, up to the top of its fleet (or to a repeat, were the data ever cyclic). */
    public List<CustomerId> chainFrom(Customer customer) {
        List<CustomerId> chain = List.of(customer.id());
        Option<CustomerId> next = customer.parent();
        while (next.isDefined() && !chain.contains(next.get())) {
            chain = chain.append(next.get());
            next = customer(next.get()).parent();
        }
        return chain;
    }

    /** The id the next registration takes. */
    public CustomerId nextCustomerId() {
        return freshCustomerIds.headOption()
                .getOrElseThrow(() -> new IllegalStateException("no customer id was drawn for a registration of the item"));
    }

    public CompanyId nextCompanyId() {
        return freshCompanyIds.headOption()
                .getOrElseThrow(() -> new IllegalStateException("no company id was drawn for a company the item creates"));
    }

    /** The world with the customer as judged: its identifiers held by it, its parent's count moved, its id taken. */
    public World with(Customer customer) {
        Option<CustomerId> oldParent = customers.get(customer.id()).flatMap(Customer::parent);
        Map<CustomerId, Integer> counts = childCounts;
        if (!oldParent.equals(customer.parent())) {
            counts = moved(moved(counts, oldParent, -1), customer.parent(), 1);
        }
        Map<Holding, Option<CustomerId>> held = holders;
        for (var profile : customer.profiles()) {
            for (Identifier identifier : profile.identifiers()) {
                held = held.put(Holding.of(profile.key(), identifier), Option.of(customer.id()));
            }
            for (var card : profile.cards()) {
                held = held.put(Holding.of(card), Option.of(customer.id()));
            }
        }
        Map<CustomerId, Integer> withOwnCount = customers.containsKey(customer.id()) ? counts : counts.put(customer.id(), 0);
        return new World(context, reference, held, customers.put(customer.id(), customer), withOwnCount,
                freshCustomerIds.remove(customer.id()), freshCompanyIds);
    }

    public World with(Company company) {
        return new World(context, reference.withCompany(company), holders, customers, childCounts, freshCustomerIds,
                freshCompanyIds.remove(company.id()));
    }

    /** The world after an item: everyone it changed, and the company it created. */
    public World after(ItemOutcome outcome) {
        World entered = outcome.createsCompany() ? with(outcome.company().get()) : this;
        for (Customer changed : outcome.changed()) {
            entered = entered.with(changed);
        }
        return entered;
    }

    private static Map<CustomerId, Integer> moved(Map<CustomerId, Integer> counts, Option<CustomerId> parent, int by) {
        return parent.filter(counts::containsKey).map(id -> counts.put(id, counts.get(id).get() + by)).getOrElse(counts);
    }
}
