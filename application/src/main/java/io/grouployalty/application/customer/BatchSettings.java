package io.grouployalty.application.customer;

import io.grouployalty.domain.card.CardSeriesDefinition;
import io.grouployalty.domain.customer.CustomerItem;
import io.grouployalty.domain.customer.CustomerItem.CustomerRef;
import io.grouployalty.domain.customer.CustomerItem.ProfileInput;
import io.grouployalty.domain.customer.IdentifierType;
import io.grouployalty.domain.customer.ReferenceData;
import io.grouployalty.domain.customer.rules.FindingTheCustomer;
import io.grouployalty.domain.customer.rules.OrgReference;
import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.Lazy;
import io.vavr.collection.List;

/**
 * An org's settings and card series for one batch, each read the first time an item needs it: every item of a batch
 * is judged by the same ones. An item's world holds the custom fields, extended field definitions and card series only
 * when it names any.
 */
final class BatchSettings {

    private final Lazy<List<OrgSource>> sources;
    private final Lazy<List<String>> customFields;
    private final Lazy<List<ExtendedFieldDefinition>> extendedFields;
    private final Lazy<List<CardSeriesDefinition>> cardSeries;

    BatchSettings(ReferenceData reference, OrgId org) {
        this.sources = Lazy.of(() -> reference.settings().enabledSources(org));
        this.customFields = Lazy.of(() -> reference.settings().customFields(org));
        this.extendedFields = Lazy.of(() -> reference.settings().extendedFields(org));
        this.cardSeries = Lazy.of(() -> reference.cardSeries().all(org));
    }

    OrgReference neededBy(CustomerItem item) {
        List<CustomerRef> others = FindingTheCustomer.namedOthers(item);
        List<ProfileInput> profiles = item.profiles().appendAll(others.flatMap(CustomerRef::profiles));
        boolean fields = profiles.exists(profile -> !profile.fields().isEmpty());
        boolean extended = !item.extendedFields().isEmpty() || others.exists(other -> !other.extendedFields().isEmpty());
        boolean cards = profiles.exists(profile -> profile.identifiers().exists(input ->
                input.identifier().exists(identifier -> identifier.type() == IdentifierType.CARDNUMBER)));
        return OrgReference.of(sources.get(), fields ? customFields.get() : List.empty(),
                extended ? extendedFields.get() : List.empty(), cards ? cardSeries.get() : List.empty());
    }
}
