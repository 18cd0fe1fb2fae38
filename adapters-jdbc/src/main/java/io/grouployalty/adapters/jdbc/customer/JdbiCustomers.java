package io.grouployalty.adapters.jdbc.customer;

import io.grouployalty.adapters.jdbc.Dao;
import io.grouployalty.adapters.jdbc.JdbiTransactions;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.customer.Card;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.Customers;
import io.grouployalty.domain.customer.Identifier;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.OrgId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jdbi.v3.core.Jdbi;

public final class JdbiCustomers implements Customers {

    private static final CustomerRowMapper ROWS = CustomerRowMapper.INSTANCE;

    private final Dao<CustomerDao> dao;

    public JdbiCustomers(Jdbi jdbi) {
        this.dao = new Dao<>(jdbi, CustomerDao.class);
    }

    @Override
    public List<CustomerId> nextIds(int count) {
        return count == 0 ? List.empty() : List.ofAll(dao.get().nextIds(count)).map(CustomerId::new);
    }

    @Override
    public Option<CustomerId> holderOf(OrgId org, ProfileKey key, Identifier identifier) {
        java.util.Optional<Long> holder = identifier.type() == IdentifierType.CARDNUMBER
                ? dao.get().holderOfCard(org.value(), identifier.value())
                : dao.get().holderOfIdentifier(org.value(), key.source().name(), account(key), identifier.type().name(), identifier.value());
        return Option.ofOptional(holder).map(CustomerId::new);
    }

    @Override
    public Option<CustomerId> holderInAnyProfile(OrgId org, Identifier identifier) {
        java.util.Optional<Long> holder = identifier.type() == IdentifierType.CARDNUMBER
                ? dao.get().holderOfCard(org.value(), identifier.value())
                : dao.get().holderInAnyProfile(org.value(), identifier.type().name(), identifier.value());
        return Option.ofOptional(holder).map(CustomerId::new);
    }

    @Override
    public Option<Customer> byId(OrgId org, CustomerId id) {
        return Option.ofOptional(dao.get().byId(org.value(), id.value())).map(ROWS::customer);
    }

    @Override
    public List<Customer> byIds(OrgId org, Seq<CustomerId> ids) {
        return customers(dao.get().byIds(org.value(), longs(ids)));
    }

    @Override
    public Map<CustomerId, Integer> childCounts(OrgId org, Seq<CustomerId> parents) {
        java.util.List<ChildCountRow> rows = dao.get().childCounts(org.value(), longs(parents));
        return List.ofAll(rows).toMap(row -> new CustomerId(row.customerId()), ChildCountRow::childCount);
    }

    private static long[] longs(Seq<CustomerId> ids) {
        return ids.distinct().toJavaStream().mapToLong(CustomerId::value).toArray();
    }

    @Override
    public Option<Customer> locked(OrgId org, CustomerId id) {
        return Option.ofOptional(dao.get().locked(org.value(), id.value(), JdbiTransactions.lockWait())).map(ROWS::customer);
    }

    @Override
    public int childCount(OrgId org, CustomerId parent) {
        return dao.get().childCount(org.value(), parent.value()).orElse(0);
    }

    @Override
    public Page<Customer> childrenOf(OrgId org, CustomerId parent, CustomerOrder order, int limit, int offset) {
        List<Customer> items = customers(dao.get().childrenOf(org.value(), parent.value(), column(order), direction(order), limit, offset));
        return new Page<>(items, childCount(org, parent));
    }

    @Override
    public Page<Customer> ofCompany(OrgId org, CompanyId company, CustomerOrder order, int limit, int offset) {
        List<Customer> items = customers(dao.get().ofCompany(org.value(), company.value(), column(order), direction(order), limit, offset));
        return new Page<>(items, dao.get().countOfCompany(org.value(), company.value()));
    }

    @Override
    public Either<Rejection, Customer> save(OrgId org, Option<Customer> stored, Customer customer) {
        dao.get().upsert(org.value(), ROWS.row(customer));
        Option<CustomerId> oldParent = stored.flatMap(Customer::parent);
        if (!oldParent.equals(customer.parent())) {
            dao.get().moveChild(org.value(), oldParent.map(CustomerId::value).getOrNull(), customer.parent().map(CustomerId::value).getOrNull());
        }
        List<Tuple2<ProfileKey, Identifier>> identifiers = identifiersOf(customer);
        if (stored.exists(before -> identifiersOf(before).equals(identifiers) && before.cards().map(Card::number).equals(customer.cards().map(Card::number)))) {
            return Either.right(customer);
        }
        Set<String> held = HashSet.ofAll(dao.get().replaceIdentifiers(org.value(), customer.id().value(),
                identifiers.map(pair -> pair._1.source().name()).toJavaArray(String[]::new),
                identifiers.map(pair -> account(pair._1)).toJavaArray(String[]::new),
                identifiers.map(pair -> pair._2.type().name()).toJavaArray(String[]::new),
                identifiers.map(pair -> pair._2.value()).toJavaArray(String[]::new)));
        Option<Identifier> taken = identifiers.find(pair -> !held.contains(pair._1.source().name() + "/" + account(pair._1) + "/"
                + pair._2.type().name() + "/" + pair._2.value())).map(Tuple2::_2);
        if (taken.isDefined()) {
            return Either.left(Rejection.conflict(ErrorCode.IDENTIFIER_TAKEN, taken.get()));
        }
        List<String> numbers = customer.cards().map(Card::number);
        Set<String> cards = HashSet.ofAll(dao.get().replaceCards(org.value(), customer.id().value(), numbers.toJavaArray(String[]::new)));
        return numbers.find(number -> !cards.contains(number))
                .map(number -> Either.<Rejection, Customer>left(Rejection.conflict(ErrorCode.CARD_NUMBER_EXISTS, number)))
                .getOrElse(Either.right(customer));
    }

    private static List<Tuple2<ProfileKey, Identifier>> identifiersOf(Customer customer) {
        return customer.profiles().flatMap(profile -> profile.identifiers().map(identifier -> Tuple.of(profile.key(), identifier)));
    }

    private static String account(ProfileKey key) {
        return key.account().map(AccountId::value).getOrElse("");
    }

    private static String column(CustomerOrder order) {
        return order == CustomerOrder.CREATED_ASC || order == CustomerOrder.CREATED_DESC ? "created_on" : "updated_on";
    }

    private static String direction(CustomerOrder order) {
        return order == CustomerOrder.CREATED_ASC || order == CustomerOrder.UPDATED_ASC ? "asc" : "desc";
    }

    private static List<Customer> customers(java.util.List<CustomerRow> rows) {
        return List.ofAll(rows).map(ROWS::customer);
    }
}
