package io.grouployalty.application.customer;

import io.grouployalty.domain.org.ExtendedFieldDefinition;
import io.grouployalty.domain.org.OrgId;
import io.grouployalty.domain.org.OrgSettings;
import io.grouployalty.domain.org.OrgSource;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** An org's settings read once for a whole batch: every item of a batch is judged against the same settings. */
final class SettingsSnapshot implements OrgSettings {

    private final OrgSettings settings;
    private final Map<Tuple2<String, OrgId>, Object> read = new HashMap<>();

    SettingsSnapshot(OrgSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<OrgSource> enabledSources(OrgId org) {
        return once("sources", org, () -> settings.enabledSources(org));
    }

    @Override
    public List<String> customFields(OrgId org) {
        return once("customFields", org, () -> settings.customFields(org));
    }

    @Override
    public List<ExtendedFieldDefinition> extendedFields(OrgId org) {
        return once("extendedFields", org, () -> settings.extendedFields(org));
    }

    @Override
    public void replaceSources(OrgId org, List<OrgSource> declared) {
        throw unchangeable();
    }

    @Override
    public void replaceCustomFields(OrgId org, List<String> names) {
        throw unchangeable();
    }

    @Override
    public void replaceExtendedFields(OrgId org, List<ExtendedFieldDefinition> fields) {
        throw unchangeable();
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String what, OrgId org, Supplier<T> reading) {
        return (T) read.computeIfAbsent(Tuple.of(what, org), key -> reading.get());
    }

    private static IllegalStateException unchangeable() {
        return new IllegalStateException("a batch never changes the org's settings");
    }
}
