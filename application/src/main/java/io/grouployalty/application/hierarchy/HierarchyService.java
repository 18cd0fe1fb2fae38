package io.grouployalty.application.hierarchy;

import io.grouployalty.application.port.in.DeactivateHierarchy;
import io.grouployalty.application.port.in.DefineHierarchy;
import io.grouployalty.application.port.in.GetHierarchy;
import io.grouployalty.application.port.in.ListHierarchies;
import io.grouployalty.application.port.in.UpdateHierarchy;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Transactions;
import io.grouployalty.domain.hierarchy.Hierarchies;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyChange;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.HierarchyRef;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.Orgs;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Clock;

/**
 * Defines, changes, deactivates and reads hierarchies, each write in one transaction that reads the hierarchy it changes
 * under its lock; making one the default, which clears the others' default, holds the org's lock first.
 */
public final class HierarchyService implements DefineHierarchy, UpdateHierarchy, DeactivateHierarchy, GetHierarchy, ListHierarchies {

    private final Orgs orgs;
    private final Hierarchies hierarchies;
    private final Transactions transactions;
    private final Clock clock;

    public HierarchyService(Orgs orgs, Hierarchies hierarchies, Transactions transactions, Clock clock) {
        this.orgs = orgs;
        this.hierarchies = hierarchies;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, HierarchyId> define(DefineHierarchy.Command command) {
        return transactions.inTransaction(() -> defineIn(command.caller().org(), command.draft()).map(Hierarchy::id));
    }

    @Override
    public Either<Rejection, HierarchyId> update(UpdateHierarchy.Command command) {
        OrgId org = command.caller().org();
        return transactions.inTransaction(() -> changeLocked(org, command.id(), command.change()).map(Hierarchy::id));
    }

    @Override
    public Either<Rejection, HierarchyId> deactivate(DeactivateHierarchy.Command command) {
        OrgId org = command.caller().org();
        return transactions.inTransaction(() -> locked(org, command.id())
                .map(Hierarchy::deactivated)
                .flatMap(inactive -> hierarchies.save(org, inactive))
                .map(Hierarchy::id));
    }

    @Override
    public Either<Rejection, Hierarchy> get(GetHierarchy.Query query) {
        OrgId org = query.caller().org();
        if (query.hierarchy() instanceof HierarchyRef.ByCode byCode) {
            return hierarchies.byCode(org, byCode.code()).toEither(() -> Rejection.notFound(ErrorCode.HIERARCHY_CODE_UNKNOWN, byCode.code()));
        }
        return existing(org, ((HierarchyRef.ById) query.hierarchy()).id());
    }

    @Override
    public List<Hierarchy> list(Caller caller) {
        return hierarchies.all(caller.org());
    }

    /**
     * Defines a hierarchy, or — when one of that code exists — changes it by the rules of an update (API.md §6.35).
     * For org files, which declare hierarchies rather than create them.
     */
    public Either<Rejection, Hierarchy> declare(OrgId org, HierarchyDraft draft) {
        Option<Hierarchy> stored = HierarchyCode.parse(draft.code()).toOption()
                .flatMap(code -> hierarchies.byCode(org, code));
        return stored.map(existing -> changeLocked(org, existing.id(), draft.asChange())).getOrElse(() -> defineIn(org, draft));
    }

    private Either<Rejection, Hierarchy> changeLocked(OrgId org, HierarchyId id, HierarchyChange change) {
        if (change.makesDefault()) {
            orgs.lock(org);
        }
        return locked(org, id).flatMap(stored -> stored.change(change)).flatMap(changed -> hierarchies.save(org, changed));
    }

    private Either<Rejection, Hierarchy> defineIn(OrgId org, HierarchyDraft draft) {
        if (draft.isDefault()) {
            orgs.lock(org);
        }
        return Hierarchy.define(hierarchies.nextId(), draft, clock.instant())
                .filterOrElse(defined -> hierarchies.byCode(org, defined.code()).isEmpty(),
                        defined -> Rejection.conflict(ErrorCode.HIERARCHY_CODE_EXISTS, defined.code()))
                .flatMap(defined -> hierarchies.save(org, defined));
    }

    private Either<Rejection, Hierarchy> existing(OrgId org, HierarchyId id) {
        return hierarchies.byId(org, id).toEither(() -> Rejection.notFound(ErrorCode.HIERARCHY_ID_INVALID, id));
    }

    private Either<Rejection, Hierarchy> locked(OrgId org, HierarchyId id) {
        return hierarchies.locked(org, id).toEither(() -> Rejection.notFound(ErrorCode.HIERARCHY_ID_INVALID, id));
    }
}
