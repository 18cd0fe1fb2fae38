package io.grouployalty.adapters.jdbc.customer;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(CustomerRow.class)
interface CustomerDao {

    @SqlQuery
    List<Long> nextIds(@Bind("count") int count);

    @SqlQuery
    Optional<Long> holderOfIdentifier(@Bind("orgId") long orgId, @Bind("source") String source, @Bind("accountId") String accountId,
                                      @Bind("type") String type, @Bind("value") String value);

    @SqlQuery
    Optional<Long> holderInAnyProfile(@Bind("orgId") long orgId, @Bind("type") String type, @Bind("value") String value);

    @SqlQuery
    Optional<Long> holderOfCard(@Bind("orgId") long orgId, @Bind("number") String number);

    @SqlQuery
    Optional<CustomerRow> byId(@Bind("orgId") long orgId, @Bind("id") long id);

    @SqlQuery
    List<CustomerRow> byIds(@Bind("orgId") long orgId, @Bind("ids") long[] ids);

    @SqlQuery
    @RegisterConstructorMapper(ChildCountRow.class)
    List<ChildCountRow> childCounts(@Bind("orgId") long orgId, @Bind("ids") long[] ids);

    @SqlQuery
    Optional<CustomerRow> locked(@Bind("orgId") long orgId, @Bind("id") long id, @Define("wait") String wait);

    @SqlQuery
    Optional<Integer> childCount(@Bind("orgId") long orgId, @Bind("parentId") long parentId);

    /** Moves one child from its old parent's count to its new parent's; either may be null. */
    @SqlUpdate
    void moveChild(@Bind("orgId") long orgId, @Bind("oldParentId") Long oldParentId, @Bind("newParentId") Long newParentId);

    /** {@code order} and {@code direction} are literals the adapter chooses, never caller text. */
    @SqlQuery
    List<CustomerRow> childrenOf(@Bind("orgId") long orgId, @Bind("parentId") long parentId, @Define("order") String order,
                                 @Define("direction") String direction, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    List<CustomerRow> ofCompany(@Bind("orgId") long orgId, @Bind("companyId") long companyId, @Define("order") String order,
                                @Define("direction") String direction, @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery
    long countOfCompany(@Bind("orgId") long orgId, @Bind("companyId") long companyId);

    @SqlUpdate
    void upsert(@Bind("orgId") long orgId, @BindMethods CustomerRow row);

    /** Makes these the customer's identifiers; answers those it holds now, leaving out any another customer holds. */
    @SqlQuery
    List<String> replaceIdentifiers(@Bind("orgId") long orgId, @Bind("customerId") long customerId, @Bind("sources") String[] sources,
                                    @Bind("accounts") String[] accounts, @Bind("types") String[] types, @Bind("values") String[] values);

    /** Makes these the customer's cards; answers those it holds now, leaving out any another customer holds. */
    @SqlQuery
    List<String> replaceCards(@Bind("orgId") long orgId, @Bind("customerId") long customerId, @Bind("numbers") String[] numbers);
}
