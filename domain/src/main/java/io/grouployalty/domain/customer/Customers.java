package io.grouployalty.domain.customer;

import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The customers of each org, asked only for what a rule needs. */
public interface Customers {

    /** Ids for {@code count} customers to register, drawn at once. */
    List<CustomerId> nextIds(int count);

    /** Who holds this identifier in this profile's source and account; a card is looked up org-wide. */
    Option<CustomerId> holderOf(OrgId org, ProfileKey key, Identifier identifier);

    /** Who holds this identifier in any profile (the one of lowest id, should several); what reads with source ALL ask. */
    Option<CustomerId> holderInAnyProfile(OrgId org, Identifier identifier);

    Option<Customer> byId(OrgId org, CustomerId id);

    /** The customers of these ids that exist in the org, in one read however many they are. */
    List<Customer> byIds(OrgId org, Seq<CustomerId> ids);

    /** How many children each of these customers has, in one read however many they are. */
    Map<CustomerId, Integer> childCounts(OrgId org, Seq<CustomerId> parents);

    /** Locks the customer until the unit of work ends and reads it as it is once locked. */
    Option<Customer> locked(OrgId org, CustomerId id);

    /** How many customers have {@code parent} as their parent. */
    int childCount(OrgId org, CustomerId parent);

    /**
     * Stores the customer, {@code stored} being the state this unit of work read it in (none for a new customer), so that
     * only what changed is written. An identifier or card another customer holds is refused (8007, 3009).
     */
    Either<Rejection, Customer> save(OrgId org, Option<Customer> stored, Customer customer);

    /** One page of the customers whose parent is {@code parent}. */
    Page<Customer> childrenOf(OrgId org, CustomerId parent, CustomerOrder order, int limit, int offset);

    /** One page of the customers associated in {@code company}. */
    Page<Customer> ofCompany(OrgId org, CompanyId company, CustomerOrder order, int limit, int offset);
}
