package io.grouployalty.bootstrap.testing;

import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/**
 * API.md §4's invariants, asked of the stored rows of one org in SQL: each query answers one line per violation, so an
 * org that keeps every invariant answers nothing.
 */
public final class InvariantChecker {

    private static final Map<String, String> INVARIANTS = Map.of(
            "every parent within the maxChild of its role", """
                    select 'customer ' || parent.customer_id || ' has ' || count(*) || ' children, role ' || parent.role_code
                           || ' allows ' || coalesce(role.max_child, 0)
                      from customer child
                      join customer parent on parent.org_id = child.org_id and parent.customer_id = child.parent_id
                      join hierarchy on hierarchy.org_id = parent.org_id and hierarchy.code = parent.hierarchy_code
                      join hierarchy_role role on role.org_id = hierarchy.org_id and role.hierarchy_id = hierarchy.hierarchy_id
                                              and role.code = parent.role_code
                     where child.org_id = :org
                     group by parent.customer_id, parent.role_code, role.max_child
                    having count(*) > coalesce(role.max_child, 0)
                    """,
            "every kept child count true", """
                    select 'customer ' || parent.customer_id || ' counts ' || parent.child_count || ' children, has ' || count(child.customer_id)
                      from customer parent
                      left join customer child on child.org_id = parent.org_id and child.parent_id = parent.customer_id
                     where parent.org_id = :org
                     group by parent.customer_id, parent.child_count
                    having parent.child_count <> count(child.customer_id)
                    """,
            "a child in its parent's company and hierarchy, below its parent's role", """
                    select 'customer ' || child.customer_id || ' (' || child.role_code || ', company ' || child.company_id
                           || ') under customer ' || parent.customer_id || ' (' || parent.role_code || ', company ' || parent.company_id || ')'
                      from customer child
                      join customer parent on parent.org_id = child.org_id and parent.customer_id = child.parent_id
                      join hierarchy on hierarchy.org_id = parent.org_id and hierarchy.code = parent.hierarchy_code
                      left join hierarchy_role parent_role on parent_role.org_id = hierarchy.org_id
                                and parent_role.hierarchy_id = hierarchy.hierarchy_id and parent_role.code = parent.role_code
                      left join hierarchy_role child_role on child_role.org_id = hierarchy.org_id
                                and child_role.hierarchy_id = hierarchy.hierarchy_id and child_role.code = child.role_code
                     where child.org_id = :org
                       and (child.company_id <> parent.company_id or child.hierarchy_code <> parent.hierarchy_code
                            or parent_role.position is null or child_role.position is null
                            or child_role.position <= parent_role.position)
                    """,
            "one role of its company's hierarchy per associated customer", """
                    select 'customer ' || customer.customer_id || ' holds role ' || customer.role_code || ' of ' || customer.hierarchy_code
                           || ' in company ' || customer.company_id
                      from customer
                      join company on company.org_id = customer.org_id and company.company_id = customer.company_id
                      join hierarchy on hierarchy.org_id = customer.org_id and hierarchy.code = customer.hierarchy_code
                      left join hierarchy_role role on role.org_id = hierarchy.org_id and role.hierarchy_id = hierarchy.hierarchy_id
                                                   and role.code = customer.role_code
                     where customer.org_id = :org
                       and (role.code is null or company.hierarchy_code <> customer.hierarchy_code)
                    """,
            "identifiers unique in their source and account, held as the customers state them", """
                    with stated as (
                        select customer.customer_id, profile ->> 'source' as source, coalesce(profile ->> 'accountId', '') as account_id,
                               identifier ->> 'type' as type, identifier ->> 'value' as value
                          from customer
                         cross join lateral json_array_elements(customer.document -> 'profiles') profile
                         cross join lateral json_array_elements(profile -> 'identifiers') identifier
                         where customer.org_id = :org
                    ), held as (
                        select customer_id, source, account_id, type, value from customer_identifier where org_id = :org
                    )
                    select 'identifier ' || coalesce(stated.type, held.type) || ' ' || coalesce(stated.value, held.value)
                           || ' stated by customer ' || coalesce(stated.customer_id::text, '-')
                           || ', held by customer ' || coalesce(held.customer_id::text, '-')
                      from stated
                      full join held on held.customer_id = stated.customer_id and held.source = stated.source
                                    and held.account_id = stated.account_id and held.type = stated.type and held.value = stated.value
                     where stated.customer_id is null or held.customer_id is null
                    """,
            "card numbers unique in the org, held as the customers state them", """
                    with stated as (
                        select customer.customer_id, card ->> 'number' as number
                          from customer
                         cross join lateral json_array_elements(customer.document -> 'profiles') profile
                         cross join lateral json_array_elements(profile -> 'cards') card
                         where customer.org_id = :org
                    ), held as (
                        select customer_id, number from customer_card where org_id = :org
                    )
                    select 'card ' || coalesce(stated.number, held.number) || ' stated by customer ' || coalesce(stated.customer_id::text, '-')
                           || ', held by customer ' || coalesce(held.customer_id::text, '-')
                      from stated
                      full join held on held.customer_id = stated.customer_id and held.number = stated.number
                     where stated.customer_id is null or held.customer_id is null
                    """,
            "no company among its own ancestors", """
                    with recursive above (company_id, ancestor_id) as (
                        select company_id, parent_company_id
                          from company
                         where org_id = :org and parent_company_id is not null
                        union
                        select above.company_id, parent.parent_company_id
                          from above
                          join company parent on parent.org_id = :org and parent.company_id = above.ancestor_id
                         where parent.parent_company_id is not null
                    )
                    select 'company ' || company_id || ' is among its own ancestors'
                      from above
                     where ancestor_id = company_id
                    """,
            "at most one default hierarchy per org", """
                    select count(*) || ' default hierarchies: ' || string_agg(code, ', ' order by code)
                      from hierarchy
                     where org_id = :org and is_default
                    having count(*) > 1
                    """,
            "the roles of a hierarchy one chain, at positions 0 to n - 1 with distinct codes", """
                    select 'hierarchy ' || hierarchy_id || ' has ' || count(*) || ' roles at positions ' || min(position) || ' to '
                           || max(position) || ' with ' || count(distinct code) || ' codes'
                      from hierarchy_role
                     where org_id = :org
                     group by hierarchy_id
                    having min(position) <> 0 or max(position) <> count(*) - 1 or count(distinct code) <> count(*)
                    """);

    private final Jdbi jdbi;

    public InvariantChecker(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every violation in {@code org}, each named by its invariant; empty when the org keeps them all. */
    public List<String> violations(long org) {
        return jdbi.withHandle(handle -> INVARIANTS.entrySet().stream()
                .flatMap(invariant -> handle.createQuery(invariant.getValue()).bind("org", org).mapTo(String.class).stream()
                        .map(violation -> invariant.getKey() + ": " + violation))
                .toList());
    }

    /** The customer holding {@code mobile} in INSTORE, if any. */
    public java.util.Optional<Long> holderOfMobile(long org, String mobile) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select customer_id from customer_identifier
                         where org_id = :org and source = 'INSTORE' and account_id = '' and type = 'MOBILE' and value = :mobile
                        """).bind("org", org).bind("mobile", mobile).mapTo(Long.class).findOne());
    }
}
