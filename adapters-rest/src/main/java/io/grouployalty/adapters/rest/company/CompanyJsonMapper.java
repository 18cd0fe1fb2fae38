package io.grouployalty.adapters.rest.company;

import io.grouployalty.adapters.rest.company.CompanyJson.ParentJson;
import io.grouployalty.adapters.rest.mapping.VavrConversions;
import io.grouployalty.domain.company.Company;
import io.vavr.control.Option;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** A company and its parent, when it has one, to the response record. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, implementationName = "MapStruct<CLASS_NAME>", uses = VavrConversions.class)
interface CompanyJsonMapper {

    CompanyJsonMapper INSTANCE = new MapStructCompanyJsonMapper();

    @Mapping(target = "companyId", source = "company.id.value")
    @Mapping(target = "externalId", source = "company.externalId.value")
    @Mapping(target = "name", source = "company.name")
    @Mapping(target = "hierarchyDefinitionCode", source = "company.hierarchy.value")
    @Mapping(target = "parentCompany", source = "parent")
    @Mapping(target = "isActive", source = "company.active")
    @Mapping(target = "extendedFields", source = "company.extendedFields")
    @Mapping(target = "warnings", expression = "java(java.util.List.of())")
    CompanyJson company(Company company, Option<Company> parent);

    @Mapping(target = "externalId", source = "externalId.value")
    @Mapping(target = "companyId", source = "id.value")
    ParentJson parent(Company company);

    default ParentJson parent(Option<Company> parent) {
        return parent.map(this::parent).getOrNull();
    }
}
