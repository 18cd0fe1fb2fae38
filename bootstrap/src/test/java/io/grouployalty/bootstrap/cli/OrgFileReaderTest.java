package io.grouployalty.bootstrap.cli;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.card.CardStatus;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.OrgSetup;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.SetupProblem;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillSecret;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrgFileReaderTest {

    @TempDir
    Path directory;

    private final OrgFileReader reader = new OrgFileReader(Map.of("OPS_PASSWORD", "from-env")::get);

    private Either<Seq<SetupProblem>, OrgSetup> read(String yaml) throws IOException {
        Path file = directory.resolve("org.yml");
        Files.writeString(file, yaml);
        return reader.read(file);
    }

    private List<String> problems(String yaml) throws IOException {
        return read(yaml).getLeft().map(SetupProblem::toString).toList();
    }

    @Test
    void readsTheShippedDemoOrg() {
        OrgSetup demo = reader.read(Path.of("demo-org.yml")).get();

        assertThat(demo.org().id().value()).isEqualTo(1001);
        assertThat(demo.org().timeZone()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(demo.tills().get().map(till -> till.code().value()).toJavaList()).containsExactly("demo.till");
        assertThat(demo.sources().get().toJavaList()).containsExactly(
                new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM"))), OrgSource.singleAccount(Source.ECOMMERCE));
    }

    @Test
    void readsTheThreeWaysOfGivingAPassword() throws IOException {
        String hash = "$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
        OrgSetup setup = read("""
                org: {id: 5, name: Three}
                tills:
                  - {code: a, password: demo123}
                  - {code: b, passwordEnv: OPS_PASSWORD}
                  - {code: c, passwordHash: "%s"}
                """.formatted(hash)).get();

        assertThat(setup.tills().get().map(till -> till.secret()).toJavaList()).containsExactly(
                new TillSecret.Password(PasswordDigest.ofPassword("demo123")),
                new TillSecret.Password(PasswordDigest.ofPassword("from-env")),
                new TillSecret.Hashed(new io.grouployalty.domain.org.PasswordHash(hash)));
    }

    @Test
    void aMissingSectionStaysAbsentAndTheTimeZoneDefaultsToUtc() throws IOException {
        OrgSetup setup = read("org: {id: 5, name: Bare}\n").get();

        assertThat(setup.tills().isEmpty()).isTrue();
        assertThat(setup.sources().isEmpty()).isTrue();
        assertThat(setup.org().timeZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void namesEveryWrongFieldAtOnce() throws IOException {
        assertThat(problems("""
                org: {id: -3, name: "", timeZone: Mars/Olympus}
                tills:
                  - {code: "a:b", password: x}
                  - {code: c}
                  - {code: d, password: x, passwordHash: y}
                  - {code: e, passwordEnv: NOT_SET}
                  - {code: f, passwordHash: "not a hash"}
                sources:
                  - {name: ALL}
                  - {name: INSTORE, accounts: [X]}
                  - {name: WECHAT, accounts: [""]}
                """)).containsExactly(
                "org.id: must be a positive number",
                "org.name: must not be empty",
                "org.timeZone: must be an offset such as +05:30 or Z",
                "tills[0].code: must not contain ':'",
                "tills[1]: give exactly one of password, passwordEnv and passwordHash",
                "tills[2]: give exactly one of password, passwordEnv and passwordHash",
                "tills[3].passwordEnv: environment variable NOT_SET is not set",
                "tills[4].passwordHash: is not a bcrypt hash ($2a$, $2b$ or $2y$, cost 04-31, 53 more characters)",
                "sources[0].name: 'ALL' is not a source; use one of FACEBOOK, WEB_ENGAGE, WECHAT, INSTORE, MARTJACK, TMALL, TAOBAO, JD, ECOMMERCE, WEBSITE, LINE, MOBILE_APP",
                "sources[1].accounts: INSTORE has no accounts",
                "sources[2].accounts[0]: must not be empty");
    }

    @Test
    void namesAnUnknownField() throws IOException {
        assertThat(problems("""
                org: {id: 5, name: Typo}
                tills:
                  - code: a
                    pasword: x
                """)).containsExactly("tills[0].pasword: is not a known field");
    }

    @Test
    void namesAValueOfTheWrongType() throws IOException {
        assertThat(problems("org: {id: 5.5, name: Fraction}\n"))
                .containsExactly("org.id: has the wrong type, expected a whole number (line 1)");
        assertThat(problems("org: {id: 5, name: X}\ntills: {code: a}\n"))
                .containsExactly("tills: has the wrong type, expected a list (line 2)");
    }

    @Test
    void readsTheReferenceDataOfTheShippedDemoOrg() {
        OrgSetup demo = reader.read(Path.of("demo-org.yml")).get();

        assertThat(demo.programs().get().head().tier(2).get().name()).isEqualTo("Silver");
        CardSeriesDefinition series = demo.cardSeries().get().head();
        assertThat(series.code()).isEqualTo("FleetCard1");
        assertThat(series.statusOf("LOST")).contains(CardStatus.SUSPENDED);
        assertThat(series.maxActivePerCustomer()).isEqualTo(3);
        assertThat(demo.customFields().get().toJavaList()).containsExactly("gender", "city");
        assertThat(demo.extendedFields().get().map(ExtendedFieldDefinition::type).toJavaList())
                .containsExactly(ExtendedFieldType.STRING, ExtendedFieldType.STRING, ExtendedFieldType.DATE, ExtendedFieldType.INTEGER);
        HierarchyDraft fleet = demo.hierarchies().head();
        assertThat(fleet.roles().map(RoleDraft::code).toJavaList()).containsExactly("GFA", "SFA", "FA", "FC");
        assertThat(fleet.roles().get(2).pointsAggregationRole()).isTrue();
        assertThat(fleet.roles().get(0).maxChild()).contains(5000);
        assertThat(demo.companies().head().hierarchyDefinitionCode()).isEqualTo("code-association2");
    }

    @Test
    void namesEveryWrongReferenceField() throws IOException {
        assertThat(problems("""
                org: {id: 5, name: Refs}
                programs:
                  - {id: 0, name: P, tiers: [{number: 1, name: A}, {number: 1, name: B}]}
                cardSeries:
                  - {id: 10, code: C, statusLabels: {ACTIVE: SHINY}, maxActivePerCustomer: 0}
                customFields: ["", city]
                extendedFields:
                  - {name: dob, type: TIMESTAMP}
                  - {name: bio, type: STRING, maxLength: 5000}
                """)).containsExactly(
                "programs[0].id: must be a positive number",
                "programs[0].tiers: tier numbers repeat",
                "cardSeries[0].statusLabels.ACTIVE: 'SHINY' is not one of NOT_ISSUED, ACTIVE, INACTIVE, SUSPENDED, EXPIRED, DELETED",
                "cardSeries[0].maxActivePerCustomer: must be 1 or more",
                "customFields[0]: must not be empty",
                "extendedFields[0].type: 'TIMESTAMP' is not one of STRING, INTEGER, DOUBLE, BOOLEAN, DATE",
                "extendedFields[1].maxLength: must be 1 to 1000");
    }

    @Test
    void aSeriesWithoutLabelsKnowsActive() throws IOException {
        CardSeriesDefinition series = read("org: {id: 5, name: X}\ncardSeries: [{id: 1, code: C}]\n").get().cardSeries().get().head();

        assertThat(series.statusOf("active")).contains(CardStatus.ACTIVE);
        assertThat(series.maxActivePerCustomer()).isEqualTo(1);
    }

    @Test
    void refusesAMissingOrgAndAMissingFile() throws IOException {
        assertThat(problems("tills: []\n")).containsExactly("org: is required");
        assertThat(reader.read(directory.resolve("absent.yml")).getLeft().head().reason()).startsWith("no such file");
    }
}
