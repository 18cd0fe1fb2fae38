package io.grouployalty.application.contract;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.PasswordHash;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.Till;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.List;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Orgs and tills that no other test uses, so that tests can share one database. */
public final class OrgFixtures {

    public static final PasswordHash SOME_HASH =
            new PasswordHash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");
    public static final PasswordHash OTHER_HASH =
            new PasswordHash("$2b$10$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui");

    private OrgFixtures() {
    }

    public static OrgId aNewOrgId() {
        return new OrgId(ThreadLocalRandom.current().nextLong(1, 1L << 52));
    }

    public static Org aNewOrg() {
        OrgId id = aNewOrgId();
        return new Org(id, "Org " + id, ZoneOffset.UTC);
    }

    public static TillCode aNewTillCode() {
        return new TillCode("till-" + UUID.randomUUID());
    }

    public static Till anEnabledTill(OrgId org) {
        return new Till(aNewTillCode(), org, SOME_HASH, true);
    }

    public static PasswordDigest digestOf(String password) {
        return PasswordDigest.ofPassword(password);
    }

    public static OrgSource wechatWithAccounts(String... accounts) {
        return new OrgSource(Source.WECHAT, List.of(accounts).map(AccountId::new));
    }
}
