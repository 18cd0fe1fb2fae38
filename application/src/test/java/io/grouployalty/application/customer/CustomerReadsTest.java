package io.grouployalty.application.customer;

import io.grouployalty.application.port.in.GetCustomer;
import io.grouployalty.application.port.in.LookupCustomer;
import io.grouployalty.application.port.in.ReadChangeHistory;
import io.grouployalty.application.port.in.ReadHierarchy;
import io.grouployalty.application.port.in.ReadHierarchy.EntityType;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Page;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.CustomerId;
import io.grouployalty.domain.customer.CustomerOrder;
import io.grouployalty.domain.customer.CustomerView;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.grouployalty.application.customer.Items.byMobile;
import static io.grouployalty.application.ExercisedCodes.seen;
import static org.assertj.core.api.Assertions.assertThat;

/** The reads: one customer, a lookup, a fleet (API.md §3.5, §3.6) and a customer's history (§3.8). */
class CustomerReadsTest extends AssociationFixture {

    private Page<CustomerView> read(EntityType type, String name, String value, CustomerOrder order, int limit, int offset) {
        return reads.read(new ReadHierarchy.Query(caller, Option.of(INSTORE), type, name, value, order, limit, offset)).get();
    }

    @Test
    void readsACustomerWithItsParentAndItsNumberOfChildren() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        Customer driver = associated("912000000001", "DRIVER", "tiny-co", Option.of(owner));

        CustomerView ownerView = reads.get(new GetCustomer.Query(caller, owner.id())).get();
        CustomerView driverView = reads.get(new GetCustomer.Query(caller, driver.id())).get();

        assertThat(ownerView.noOfChildren()).isEqualTo(1);
        assertThat(driverView.parent().map(Customer::id)).contains(owner.id());
    }

    @Test
    void anUnknownCustomerOrOneOfAnotherOrgIs8015() {
        Customer tom = registered("915905000000");
        Caller stranger = new Caller(new TillCode("stranger"), new OrgId(2002));

        assertThat(seen(reads.get(new GetCustomer.Query(stranger, tom.id())).getLeft().code())).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
        assertThat(seen(reads.get(new GetCustomer.Query(caller, new CustomerId(999))).getLeft().code())).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
        assertThat(seen(reads.changes(new ReadChangeHistory.Query(stranger, tom.id(), 10, 0)).getLeft().code())).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void looksUpACustomerByAnyIdentifier() {
        Customer tom = registered("915905000000");

        assertThat(reads.lookup(new LookupCustomer.Query(caller, Option.of(INSTORE), "MOBILE", "+915905000000")).get()).isEqualTo(tom.id());
        assertThat(seen(reads.lookup(new LookupCustomer.Query(caller, Option.of(INSTORE), "mobile", "919999999999")).getLeft().code()))
                .isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
        assertThat(seen(reads.lookup(new LookupCustomer.Query(caller, Option.of(INSTORE), "passport", "X")).getLeft().code()))
                .isEqualTo(ErrorCode.INVALID_IDENTIFIER_NAME);
        assertThat(seen(reads.lookup(new LookupCustomer.Query(caller, Option.of(INSTORE), "mobile", "12ab")).getLeft().code()))
                .isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void looksUpInEveryProfileForSourceAll() {
        Customer tom = registered("915905000000");

        assertThat(reads.lookup(new LookupCustomer.Query(caller, Option.none(), "mobile", "915905000000")).get()).isEqualTo(tom.id());
        assertThat(reads.lookup(new LookupCustomer.Query(caller, Option.of(io.grouployalty.domain.customer.ProfileKey.of(
                io.grouployalty.domain.org.Source.WECHAT, "WECHAT-CM")), "mobile", "915905000000")).isLeft()).isTrue();
    }

    @Test
    void pagesThroughAParentsChildrenWithoutRepeatingOrSkipping() {
        Customer gfa = associated("911000000000", "GFA", COMPANY, Option.none());
        List<Customer> children = List.range(0, 7).map(i -> associated("91200000000" + i, "SFA", COMPANY, Option.of(gfa)));

        List<CustomerId> seen = List.range(0, 4).flatMap(page ->
                read(EntityType.PARENT_CUSTOMER, "mobile", "911000000000", CustomerOrder.CREATED_DESC, 2, page * 2).items())
                .map(view -> view.customer().id());

        assertThat(seen.toJavaList()).containsExactlyInAnyOrderElementsOf(children.map(Customer::id)).doesNotHaveDuplicates();
        assertThat(read(EntityType.PARENT_CUSTOMER, "mobile", "911000000000", CustomerOrder.CREATED_ASC, 10, 0).total()).isEqualTo(7);
    }

    @Test
    void readsACompanysCustomersAndOneCustomerWithItsParent() {
        Customer owner = associated("911000000000", "OWNER", "tiny-co", Option.none());
        associated("912000000001", "DRIVER", "tiny-co", Option.of(owner));
        associated("913000000000", "GFA", COMPANY, Option.none());

        assertThat(read(EntityType.COMPANY, "externalId", "tiny-co", CustomerOrder.UPDATED_DESC, 10, 0).total()).isEqualTo(2);
        Page<CustomerView> one = read(EntityType.PARENT_CHILD_CUSTOMER, "mobile", "912000000001", CustomerOrder.CREATED_DESC, 10, 0);
        assertThat(one.items().single().parent().map(Customer::id)).contains(owner.id());
        assertThat(seen(reads.read(new ReadHierarchy.Query(caller, Option.of(INSTORE), EntityType.COMPANY, "externalId", "nope",
                CustomerOrder.CREATED_DESC, 10, 0)).getLeft().code())).isEqualTo(ErrorCode.COMPANY_UNKNOWN);
        assertThat(seen(reads.read(new ReadHierarchy.Query(caller, Option.of(INSTORE), EntityType.PARENT_CUSTOMER, "mobile", "919999999999",
                CustomerOrder.CREATED_DESC, 10, 0)).getLeft().code())).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void readsTheHistoryNewestFirst() {
        Customer tom = registered("915905000000");
        put(byMobile("915905000000").withExtendedField("city", "Pune"));
        put(byMobile("915905000000").withExtendedField("city", "Goa"));

        Page<io.grouployalty.domain.customer.RecordedChange> changes = reads.changes(new ReadChangeHistory.Query(caller, tom.id(), 1, 0)).get();

        assertThat(changes.total()).isEqualTo(2);
        assertThat(changes.items().single().change().changes().single().after()).contains(new FieldValue.Text("Goa"));
    }
}
