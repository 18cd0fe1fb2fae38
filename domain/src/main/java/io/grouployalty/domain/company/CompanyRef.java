package io.grouployalty.domain.company;

/** How a request names a company: by its id or by its externalId. */
public sealed interface CompanyRef {

    record ById(CompanyId id) implements CompanyRef {
        @Override
        public String toString() {
            return id.toString();
        }
    }

    record ByExternalId(ExternalId externalId) implements CompanyRef {
        @Override
        public String toString() {
            return externalId.toString();
        }
    }
}
