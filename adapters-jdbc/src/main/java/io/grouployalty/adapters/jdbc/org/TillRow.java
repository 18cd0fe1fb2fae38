package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;

public record TillRow(String code, long orgId, String passwordHash, boolean enabled) {

    Till toTill() {
        return new Till(new TillCode(code), new OrgId(orgId), new PasswordHash(passwordHash), enabled);
    }
}
