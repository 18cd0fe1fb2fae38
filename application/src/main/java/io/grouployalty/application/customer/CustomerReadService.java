package io.grouployalty.application.customer;

import io.grouployalty.application.port.in.GetCustomer;
import io.grouployalty.application.port.in.LookupCustomer;
import io.grouployalty.application.port.in.ReadChangeHistory;
import io.grouployalty.application.port.in.ReadHierarchy;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.Companies;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.ChangeHistory;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.RecordedChange;
import io.grouployalty.domain.org.OrgId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import io.vavr.control.Either;

/** The reads of customers: one customer, a lookup, a fleet, and a customer's history. */
public final class CustomerReadService implements GetCustomer, LookupCustomer, ReadHierarchy, ReadChangeHistory {

    private final Customers customers;
    private final Companies companies;
    private final ChangeHistory history;

    public CustomerReadService(Customers customers, Companies companies, ChangeHistory history) {
        this.customers = customers;
        this.companies = companies;
        this.history = history;
    }

    @Override
    public Either<Rejection, CustomerView> get(GetCustomer.Query query) {
        return existing(query.caller().org(), query.customer()).map(customer -> view(query.caller().org(), customer));
    }

    @Override
    public Either<Rejection, CustomerId> lookup(LookupCustomer.Query query) {
        return holder(query.caller().org(), query.profile(), query.identifierName(), query.identifierValue());
    }

    @Override
    public Either<Rejection, Page<CustomerView>> read(ReadHierarchy.Query query) {
        OrgId org = query.caller().org();
        if (query.entityType() == EntityType.COMPANY) {
            return ExternalId.parse(query.identifierValue()).toOption()
                    .flatMap(externalId -> companies.byExternalId(org, externalId))
                    .toEither(() -> Rejection.notFound(ErrorCode.COMPANY_UNKNOWN, query.identifierValue()))
                    .map(company -> views(org, customers.ofCompany(org, company.id(), query.order(), query.limit(), query.offset())));
        }
        Either<Rejection, Customer> identified = holder(org, query.profile(), query.identifierName(), query.identifierValue())
                .flatMap(id -> existing(org, id));
        if (query.entityType() == EntityType.PARENT_CHILD_CUSTOMER) {
            return identified.map(customer -> new Page<>(List.of(view(org, customer)), 1));
        }
        return identified.map(parent -> views(org, customers.childrenOf(org, parent.id(), query.order(), query.limit(), query.offset())));
    }

    @Override
    public Either<Rejection, Page<RecordedChange>> changes(ReadChangeHistory.Query query) {
        OrgId org = query.caller().org();
        return existing(org, query.customer()).map(customer -> history.of(org, customer.id(), query.limit(), query.offset()));
    }

    /** The customer holding the identifier in the profile, or — with no profile (source ALL) — in any profile. */
    private Either<Rejection, CustomerId> holder(OrgId org, Option<ProfileKey> profile, String name, String value) {
        return IdentifierType.parse(name)
                .toEither(() -> Rejection.invalid(ErrorCode.INVALID_IDENTIFIER_NAME, name == null ? "(none)" : name))
                .flatMap(type -> Identifier.parse(type, value).mapLeft(malformed -> Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND)))
                .flatMap(identifier -> profile.map(key -> customers.holderOf(org, key, identifier))
                        .getOrElse(() -> customers.holderInAnyProfile(org, identifier))
                        .toEither(() -> Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND)));
    }

    private Either<Rejection, Customer> existing(OrgId org, CustomerId id) {
        return customers.byId(org, id).toEither(() -> Rejection.notFound(ErrorCode.CUSTOMER_NOT_FOUND));
    }

    /** The views of a page in three reads, whatever its size: the page, its customers' parents, their children counts. */
    private Page<CustomerView> views(OrgId org, Page<Customer> page) {
        List<Customer> customersOfPage = page.items();
        Map<CustomerId, Customer> parents = customers.byIds(org, customersOfPage.flatMap(Customer::parent))
                .toMap(Customer::id, parent -> parent);
        Map<CustomerId, Integer> children = customers.childCounts(org, customersOfPage.map(Customer::id));
        return new Page<>(customersOfPage.map(customer -> new CustomerView(customer, customer.parent().flatMap(parents::get),
                children.get(customer.id()).getOrElse(0))), page.total());
    }

    private CustomerView view(OrgId org, Customer customer) {
        return new CustomerView(customer, customer.parent().flatMap(id -> customers.byId(org, id)), customers.childCount(org, customer.id()));
    }
}
