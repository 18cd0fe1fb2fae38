package io.grouployalty.bootstrap.embedding;

import io.grouployalty.application.contract.OrgPorts;
import io.grouployalty.application.customer.AssociationService;
import io.grouployalty.application.memory.InMemoryWorld;
import io.grouployalty.application.port.in.AssociateCustomers;
import io.grouployalty.application.port.in.UpdateAssociationDetails;
import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.AssociationInput;
import io.grouployalty.domain.customer.CustomerItem.ChannelInput;
import io.grouployalty.domain.customer.CustomerItem.CompanyInput;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.FieldInput;
import io.grouployalty.domain.customer.CustomerItem.IdentifierInput;
import io.grouployalty.domain.customer.CustomerItem.ParentChange;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.FieldValue;
import io.grouployalty.domain.customer.ItemFailure;
import io.grouployalty.domain.customer.ItemOutcome;
import io.grouployalty.domain.customer.LoyaltyType;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.hierarchy.Hierarchy;
import io.grouployalty.domain.hierarchy.HierarchyDraft;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.hierarchy.RoleDraft;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.ExtendedFieldType;
import io.grouployalty.domain.org.Org;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.grouployalty.domain.org.TillCode;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README's "Embedding the domain" says, done: the update use case wired by hand to in-memory adapters, with
 * no Dropwizard, Jersey or database, running the vendor's update-association example.
 */
class EmbeddingTheDomainTest {

    private static final ProfileKey WECHAT = ProfileKey.of(Source.WECHAT, "WECHAT-CM");

    private static ProfileInput profile(String first, String last, String mobile, List<ChannelInput> channels) {
        return ProfileInput.given(Option.of(first), Option.of(last), List.of(IdentifierInput.of("mobile", mobile),
                IdentifierInput.of("cuid", "cuid_" + mobile), IdentifierInput.of("unionId", "unionId_" + mobile)), channels,
                LinkedHashMap.empty(), Option.of("WECHAT"), Option.of("WECHAT-CM"));
    }

    private static List<ChannelInput> channels(String mobile) {
        return List.of(new ChannelInput("mobile", mobile, Option.of(true), Option.of(true), Option.of(false), HashMap.empty()),
                new ChannelInput("email", mobile + "@mail.com", Option.of(true), Option.of(true), Option.of(false), HashMap.empty()));
    }

    @Test
    void runsTheVendorsUpdateExampleOnAdaptersOfItsOwn() {
        InMemoryWorld world = InMemoryWorld.create();
        OrgPorts ports = world.ports();
        Org org = new Org(new OrgId(1001), "Embedded", ZoneOffset.UTC);
        Caller caller = new Caller(new TillCode("embedded.till"), org.id());
        ports.orgs().save(org);
        ports.settings().replaceSources(org.id(), List.of(new OrgSource(Source.WECHAT, List.of(new AccountId("WECHAT-CM")))));
        ports.settings().replaceExtendedFields(org.id(), List.of(new ExtendedFieldDefinition("gender", ExtendedFieldType.STRING, Option.none()),
                new ExtendedFieldDefinition("city", ExtendedFieldType.STRING, Option.none())));
        Hierarchy fleet = Hierarchy.define(new HierarchyId(21), new HierarchyDraft("code-association2", Option.of("Fleet"), Option.none(),
                List.of(RoleDraft.parent("GFA", "SFA", 5000), RoleDraft.parent("SFA", "FA", 5000), RoleDraft.parent("FA", "FC", 5000),
                        RoleDraft.leaf("FC")), false, false, false, false), Instant.now()).get();
        ports.hierarchies().save(org.id(), fleet);
        ports.companies().save(org.id(), new Company(new CompanyId(71), new ExternalId("ex917471000000"), "Solace Logistics", fleet.code(),
                Option.none(), true, HashMap.empty(), Instant.now()));
        AssociationService service = new AssociationService(ports.orgs(), world.customers(), world.history(),
                new ReferenceData(ports.settings(), ports.tills(), ports.programs(), ports.cardSeries(), ports.hierarchies(), ports.companies()),
                ports.transactions(), Clock.systemUTC(), Duration.ofSeconds(30));
        service.associate(new AssociateCustomers.Command(caller, WECHAT, List.of(
                new CustomerItem(List.of(profile("Jim", "Solace", "919905000000", List.empty())), LinkedHashMap.empty(), Option.none(),
                        List.empty(), Option.of(AssociationInput.none().in("code-association2", "SFA", "ex917471000000")), Option.none()),
                new CustomerItem(List.of(profile("Tom", "Sawyer", "915905000000", List.empty())), LinkedHashMap.empty(), Option.none(),
                        List.empty(), Option.none(), Option.none())), false, "setup"));

        CustomerItem vendorsExample = new CustomerItem(List.of(profile("Tom", "Sawyer", "915905000000", channels("915905000000"))),
                LinkedHashMap.of("gender", FieldInput.of("Male"), "city", FieldInput.of("city_6878387")), Option.of(LoyaltyType.LOYALTY), List.empty(),
                Option.of(new AssociationInput(Option.of("code-association2"), Option.of("FA"),
                        ParentChange.attach(new CustomerRef(List.of(profile("Jim", "Solace", "919905000000", channels("919905000000"))))),
                        Option.none(), Option.none(), Option.of(new CompanyInput("ex917471000000", Option.none(), Option.none())))),
                Option.none());
        Either<ItemFailure, ItemOutcome> outcome = service.update(new UpdateAssociationDetails.Command(caller, WECHAT,
                List.of(vendorsExample), false, "embedded")).head();

        ItemOutcome updated = outcome.get();
        assertThat(updated.newAssociation()).isTrue();
        assertThat(updated.after().association().get().role().value()).isEqualTo("FA");
        assertThat(updated.parent().get().profile(WECHAT).get().firstName()).contains("Jim");
        assertThat(updated.after().extendedFields().get("city")).contains(new FieldValue.Text("city_6878387"));
        assertThat(updated.after().profile(WECHAT).get().channels().size()).isEqualTo(2);
    }
}
