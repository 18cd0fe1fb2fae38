package io.grouployalty.application.customer;

import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.Profile;
import io.grouployalty.domain.org.OrgId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Customers where another customer registers an identifier between the moment an item looks it up and the moment
 * the item is stored: the race that only the store can catch.
 */
final class RegisteringMeanwhile extends ForwardingCustomers {

    private final OrgId org;
    private final Customer other;
    private final Identifier identifier;

    RegisteringMeanwhile(Customers store, OrgId org, Customer other, Identifier identifier) {
        super(store);
        this.org = org;
        this.other = other;
        this.identifier = identifier;
    }

    @Override
    public Either<Rejection, Customer> save(OrgId org, Option<Customer> stored, Customer customer) {
        Profile profile = other.profiles().head();
        store.save(this.org, Option.of(other), other.withProfile(profile.with(profile.firstName(), profile.lastName(),
                profile.identifiers().append(identifier), profile.cards(), profile.channels(), profile.fields())));
        return store.save(org, stored, customer);
    }
}
