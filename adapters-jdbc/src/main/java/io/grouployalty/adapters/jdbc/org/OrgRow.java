package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;

import java.time.ZoneOffset;

public record OrgRow(long orgId, String name, String timeZone) {

    static OrgRow of(Org org) {
        return new OrgRow(org.id().value(), org.name(), org.timeZone().getId());
    }

    Org toOrg() {
        return new Org(new OrgId(orgId), name, ZoneOffset.of(timeZone));
    }
}
