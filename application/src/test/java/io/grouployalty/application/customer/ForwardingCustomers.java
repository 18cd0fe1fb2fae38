package io.grouployalty.application.customer;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Customers that answer as {@code store} does; a test's variant overrides what it changes. */
abstract class ForwardingCustomers implements Customers {

    final Customers store;

    ForwardingCustomers(Customers store) {
        this.store = store;
    }

    @Override
    public List<CustomerId> nextIds(int count) {
        return store.nextIds(count);
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
        return store.save(org, stored, customer);
    }
}
