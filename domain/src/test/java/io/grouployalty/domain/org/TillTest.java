package io.grouployalty.domain.org;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TillTest {

    private static final PasswordHash HASH = PasswordHash.parse("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy").get();
    private final Till demo = new Till(new TillCode("demo.till"), new OrgId(1001), HASH, true);

    @Test
    void aDisabledTillKeepsItsCodeOrgAndHash() {
        Till disabled = demo.disabled();

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.code()).isEqualTo(demo.code());
        assertThat(disabled.org()).isEqualTo(demo.org());
        assertThat(disabled.passwordHash()).isEqualTo(HASH);
        assertThat(demo.enabled()).isTrue();
    }

    @Test
    void belongsToItsOwnOrgOnly() {
        assertThat(demo.belongsTo(new OrgId(1001))).isTrue();
        assertThat(demo.belongsTo(new OrgId(1002))).isFalse();
    }

    @Test
    void needsACodeAnOrgAndAHash() {
        assertThatNullPointerException().isThrownBy(() -> new Till(null, new OrgId(1001), HASH, true));
        assertThatNullPointerException().isThrownBy(() -> new Till(new TillCode("demo.till"), null, HASH, true));
        assertThatNullPointerException().isThrownBy(() -> new Till(new TillCode("demo.till"), new OrgId(1001), null, true));
    }

    @Test
    void aDeclaredTillNeedsACodeAndASecret() {
        assertThatNullPointerException().isThrownBy(() -> new TillSetup(null, new TillSecret.Hashed(HASH)));
        assertThatNullPointerException().isThrownBy(() -> new TillSetup(new TillCode("demo.till"), null));
    }
}
