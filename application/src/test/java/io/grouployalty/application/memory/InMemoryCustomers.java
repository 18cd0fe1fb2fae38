package io.grouployalty.application.memory;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.concurrent.atomic.AtomicLong;

/** Customers in memory; locking is moot, since in-memory units of work run one at a time. */
public final class InMemoryCustomers extends InMemoryTable<Tuple2<OrgId, CustomerId>, Customer> implements Customers {

    private final AtomicLong ids = new AtomicLong();

    @Override
    public List<CustomerId> nextIds(int count) {
        return List.fill(count, () -> new CustomerId(ids.incrementAndGet()));
    }

    @Override
    public synchronized Option<CustomerId> holderOf(OrgId org, ProfileKey key, Identifier identifier) {
        return of(org).find(customer -> holds(customer, key, identifier)).map(Customer::id);
    }

    @Override
    public synchronized Option<CustomerId> holderInAnyProfile(OrgId org, Identifier identifier) {
        return of(org).find(customer -> customer.profiles().exists(profile -> holds(customer, profile.key(), identifier))).map(Customer::id);
    }

    @Override
    public synchronized Option<Customer> byId(OrgId org, CustomerId id) {
        return rows.get(Tuple.of(org, id));
    }

    @Override
    public synchronized List<Customer> byIds(OrgId org, Seq<CustomerId> ids) {
        return ids.distinct().flatMap(id -> byId(org, id)).toList();
    }

    @Override
    public synchronized Map<CustomerId, Integer> childCounts(OrgId org, Seq<CustomerId> parents) {
        return parents.distinct().toMap(parent -> parent, parent -> childCount(org, parent));
    }

    @Override
    public synchronized Option<Customer> locked(OrgId org, CustomerId id) {
        return byId(org, id);
    }

    @Override
    public synchronized int childCount(OrgId org, CustomerId parent) {
        return of(org).count(customer -> customer.parent().contains(parent));
    }

    @Override
    public synchronized Either<Rejection, Customer> save(OrgId org, Option<Customer> stored, Customer customer) {
        List<Customer> others = of(org).filter(other -> !other.id().equals(customer.id()));
        for (Profile profile : customer.profiles()) {
            for (Identifier identifier : profile.identifiers()) {
                if (others.exists(other -> holds(other, profile.key(), identifier))) {
                    return Either.left(Rejection.conflict(ErrorCode.IDENTIFIER_TAKEN, identifier));
                }
            }
        }
        for (var card : customer.cards()) {
            if (others.exists(other -> other.cards().exists(held -> held.number().equals(card.number())))) {
                return Either.left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, card.number()));
            }
        }
        rows = rows.put(Tuple.of(org, customer.id()), customer);
        return Either.right(customer);
    }

    @Override
    public synchronized Page<Customer> childrenOf(OrgId org, CustomerId parent, CustomerOrder order, int limit, int offset) {
        return page(of(org).filter(customer -> customer.parent().contains(parent)), order, limit, offset);
    }

    @Override
    public synchronized Page<Customer> ofCompany(OrgId org, CompanyId company, CustomerOrder order, int limit, int offset) {
        return page(of(org).filter(customer -> customer.association().exists(association -> association.company().equals(company))),
                order, limit, offset);
    }

    private static Page<Customer> page(List<Customer> matching, CustomerOrder order, int limit, int offset) {
        return new Page<>(matching.sorted(order.comparator()).drop(offset).take(limit), matching.size());
    }

    private static boolean holds(Customer customer, ProfileKey key, Identifier identifier) {
        return identifier.type() == IdentifierType.CARDNUMBER
                ? customer.cards().exists(card -> card.number().equals(identifier.value()))
                : customer.profile(key).exists(profile -> profile.holds(identifier));
    }

    private List<Customer> of(OrgId org) {
        return rows.filterKeys(key -> key._1.equals(org)).values().toList().sortBy(customer -> customer.id().value());
    }
}
