package io.grouployalty.adapters.jdbc.company;

import io.grouployalty.domain.company.Company;
import io.grouployalty.domain.company.CompanyId;
import io.grouployalty.domain.company.ExternalId;
import io.grouployalty.domain.hierarchy.HierarchyCode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/** Companies to their rows and back. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>")
interface CompanyRowMapper {

    CompanyRowMapper INSTANCE = new MapStructCompanyRowMapper();

    @Mapping(target = "companyId", source = "id.value")
    @Mapping(target = "externalId", source = "externalId.value")
    @Mapping(target = "hierarchyCode", source = "hierarchy.value")
    @Mapping(target = "parentCompanyId", source = "parent")
    @Mapping(target = "extendedFieldNames", source = "extendedFields", qualifiedByName = "names")
    @Mapping(target = "extendedFieldValues", source = "extendedFields", qualifiedByName = "values")
    CompanyRow row(Company company);

    @Mapping(target = "id", source = "companyId")
    @Mapping(target = "hierarchy", source = "hierarchyCode")
    @Mapping(target = "parent", source = "parentCompanyId")
    @Mapping(target = "extendedFields", source = "row")
    Company company(CompanyRow row);

    @Named("names")
    default String[] names(Map<String, String> fields) {
        return fields.keySet().toJavaArray(String[]::new);
    }

    @Named("values")
    default String[] values(Map<String, String> fields) {
        return fields.values().toJavaArray(String[]::new);
    }

    default Map<String, String> extendedFields(CompanyRow row) {
        return LinkedHashMap.ofEntries(List.of(row.extendedFieldNames()).zip(List.of(row.extendedFieldValues())));
    }

    default Long parentId(Option<CompanyId> parent) {
        return parent.map(CompanyId::value).getOrNull();
    }

    default Option<CompanyId> parent(Long parentId) {
        return Option.of(parentId).map(CompanyId::new);
    }

    default CompanyId companyId(long id) {
        return new CompanyId(id);
    }

    default ExternalId externalId(String value) {
        return new ExternalId(value);
    }

    default HierarchyCode hierarchyCode(String value) {
        return new HierarchyCode(value);
    }
}
