package io.grouployalty.adapters.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.grouployalty.adapters.rest.error.Problem;

import java.util.List;
import java.util.Map;

/** The one canonical shape of a customer in every response (API.md §3.3). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CustomerJson(Long id, List<ProfileJson> profiles, LoyaltyInfoJson loyaltyInfo,
                           List<EnrollmentJson> loyaltyProgramEnrollments, Map<String, String> segments, String referralCode,
                           AssociationJson associationDetails, Map<String, JsonNode> extendedFields,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Problem> errors,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Problem> warnings)
        implements ItemJson, AssociatedItemJson.EntityJson {

    public record ProfileJson(String firstName, String lastName, AttributionJson attribution, Map<String, String> fields,
                              List<IdentifierJson> identifiers, List<ChannelJson> commChannels, String source, String accountId,
                              Long userId, List<ProfileJson> conflictingProfileList, String autoUpdateTime,
                              List<IdentifierJson> identifiersAll) {
    }

    public record AttributionJson(String createDate, ActorJson createdBy, ActorJson modifiedBy, String modifiedDate) {
    }

    public record ActorJson(String code, String type) {

        static ActorJson till(String code) {
            return new ActorJson(code, "TILL");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdentifierJson(String type, String value, Long seriesId, String statusLabel) {
    }

    public record ChannelJson(String type, String value, boolean primary, boolean verified, boolean subscribed,
                              MetaJson meta, Map<String, String> attributes) {
    }

    public record MetaJson(boolean residence, boolean office) {
    }

    public record LoyaltyInfoJson(String loyaltyType) {
    }

    public record EnrollmentJson(long programId, String programName, int tierNumber, String tierName, long loyaltyPoints,
                                 String tierExpiryDate, String pointsExpiryDate, String enrolledOn) {
    }

    /** Another customer inside an association: its id, profiles, extended fields and role; a mere reference has no profiles or fields. */
    public record RelativeJson(Long id, @JsonInclude(JsonInclude.Include.NON_NULL) List<ProfileJson> profiles,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, JsonNode> extendedFields,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String roleCode) {
    }

    public record CompanyRefJson(String externalId, Long companyId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AssociationJson(String hierarchyCode, Long hierarchyId, String roleCode, RelativeJson parentCustomer,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<RelativeJson> childCustomers,
                                  String childRoleCode, CompanyRefJson fleetCompany, Long parentRoleId, boolean skipLevelAllowed,
                                  @JsonProperty("new") boolean isNew, boolean childCustomer,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer noOfChildren) {
    }
}
