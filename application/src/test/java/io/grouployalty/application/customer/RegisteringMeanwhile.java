package io.grouployalty.application.customer;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Customers where another customer registers an identifier between the moment an item looks it up and the moment
 * the item is stored: the race that only the store can catch.
 */
final class RegisteringMeanwhile implements Customers {

    private final Customers store;
    private final OrgId org;
    private final Customer other;
    private final Identifier identifier;

    RegisteringMeanwhile(Customers store, OrgId org, Customer other, Identifier identifier) {
        this.store = store;
        this.org = org;
        this.other = other;
        this.identifier = identifier;
    }

    @Override
    public CustomerId nextId() {
        return store.nextId();
    }

    @Override
    public Option<CustomerId> holderOf(OrgId org, ProfileKey key, Identifier wanted) {
        return store.holderOf(org, key, wanted);
    }

    @Override
    public Option<CustomerId> holderInAnyProfile(OrgId org, Identifier wanted) {
        return store.holderInAnyProfile(org, wanted);
    }

    @Override
    public Option<Customer> byId(OrgId org, CustomerId id) {
        return store.byId(org, id);
    }

    @Override
    public List<Customer> byIds(OrgId org, Seq<CustomerId> ids) {
        return store.byIds(org, ids);
    }

    @Override
    public Map<CustomerId, Integer> childCounts(OrgId org, Seq<CustomerId> parents) {
        return store.childCounts(org, parents);
    }

    @Override
    public Option<Customer> locked(OrgId org, CustomerId id) {
        return store.locked(org, id);
    }

    @Override
    public int childCount(OrgId org, CustomerId parent) {
        return store.childCount(org, parent);
    }

    @Override
    public Page<Customer> childrenOf(OrgId org, CustomerId parent, CustomerOrder order, int limit, int offset) {
        return store.childrenOf(org, parent, order, limit, offset);
    }

    @Override
    public Page<Customer> ofCompany(OrgId org, CompanyId company, CustomerOrder order, int limit, int offset) {
        return store.ofCompany(org, company, order, limit, offset);
    }

    @Override
    public Either<Rejection, Customer> save(OrgId org, Option<Customer> stored, Customer customer) {
        Profile profile = other.profiles().head();
        store.save(this.org, Option.of(other), other.withProfile(profile.with(profile.firstName(), profile.lastName(),
                profile.identifiers().append(identifier), profile.cards(), profile.channels(), profile.fields())));
        return store.save(org, stored, customer);
    }
}
