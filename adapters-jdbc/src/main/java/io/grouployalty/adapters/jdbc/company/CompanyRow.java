package io.grouployalty.adapters.jdbc.company;

import java.time.Instant;

/** A company row; its extended fields as two arrays of the same length, names and values in order. */
public record CompanyRow(long companyId, String externalId, String name, String hierarchyCode, Long parentCompanyId,
                         boolean active, String[] extendedFieldNames, String[] extendedFieldValues, Instant createdOn) {
}
