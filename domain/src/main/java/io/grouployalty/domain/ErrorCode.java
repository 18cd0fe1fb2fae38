package io.grouployalty.domain;

/** Every code the service reports, with the vendor's numbering and our own wording; the single table of codes. */
public enum ErrorCode {
    INVALID_INPUT(400, "Invalid input: %s"),
    AUTHENTICATION_FAILED(401, "Authentication failed: check the till code and the MD5 of its password"),
    NOT_FOUND(404, "Not found: %s"),
    METHOD_NOT_ALLOWED(405, "Method %s is not supported for this resource"),
    BODY_TOO_LARGE(413, "Request body is larger than %s"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type: send Content-Type application/json"),
    TOO_MANY_FAILED_LOGINS(429, "Too many failed logins; try again later"),
    INTERNAL_ERROR(500, "Internal error; quote request id %s when reporting it"),
    UNAVAILABLE(503, "Unavailable: %s; try again shortly"),
    BATCH_LIMIT_EXCEEDED(1060, "Batch limit exceeded: at most %s"),
    INVALID_SOURCE(8003, "Source is missing, unknown or not enabled: %s"),
    INVALID_SOURCE_ACCOUNT(8011, "Account %s is not an account of the source"),
    INVALID_IDENTIFIER_NAME(8013, "Identifier name is missing or not supported: %s"),
    ACCOUNT_ID_REQUIRED(8045, "accountId is required for source %s"),

    HIERARCHY_CODE_EXISTS(1600, "Hierarchy code %s already exists"),
    TOO_FEW_ROLES(1601, "A hierarchy needs at least %s roles"),
    TOO_MANY_ROLES(1602, "A hierarchy has at most %s roles"),
    ROLE_CODE_EMPTY(1603, "Role code must not be empty"),
    MAX_CHILD_NEGATIVE(1604, "maxChild must not be negative"),
    MAX_CHILD_ABOVE_LIMIT(1605, "maxChild of role %s is above the limit of %s"),
    DUPLICATE_ROLE_CODE(1606, "Role code %s appears more than once"),
    INVALID_CHILD_ROLE_CODE(1607, "childRoleCode %s is not a role of this hierarchy"),
    CYCLIC_HIERARCHY(1608, "Cyclic hierarchy is not supported"),
    HIERARCHY_ID_INVALID(1609, "Hierarchy %s does not exist"),
    HIERARCHY_INACTIVE(1610, "Hierarchy %s is not active"),
    MAX_CHILD_MISSING(1611, "maxChild is required for role %s"),
    HIERARCHY_CODE_EMPTY(1613, "Hierarchy code must not be empty"),
    ROLE_CODE_INVALID(1615, "Role code is not valid: %s"),
    COMPANY_HIERARCHY_MISMATCH(1616, "Company belongs to another hierarchy than %s"),
    CHILD_ROLE_NOT_ALLOWED(1617, "Role %s is not allowed for the child customers"),
    MAX_CHILD_REACHED(1618, "Children of role %s can not exceed %s"),
    CUSTOMER_NOT_REGISTERED(1621, "No customer is registered with %s"),
    DIFFERENT_COMPANIES(1622, "Customers do not belong to the same company"),
    PARENT_ROLE_MISMATCH(1625, "Parent customer %s does not hold a parent role in the hierarchy"),
    HIERARCHY_CHANGE_NOT_ALLOWED(1626, "Customer is already associated with another hierarchy"),
    ROLE_CHANGE_NOT_ALLOWED(1627, "Customer role can not be changed"),
    COMPANY_CHANGE_NOT_ALLOWED(1628, "Customer company can not be changed"),
    MULTIPLE_AGGREGATION_ROLES(1649, "Only one role may be the points aggregation role"),
    HIERARCHY_CODE_UNKNOWN(1701, "Hierarchy code %s does not exist"),
    COMPANY_EXTERNAL_ID_EXISTS(1702, "Company externalId %s already exists"),
    PARENT_COMPANY_UNKNOWN(1703, "Parent company %s does not exist"),
    COMPANY_UNKNOWN(1704, "Company %s does not exist"),
    COMPANY_INACTIVE(1705, "Company %s is not active"),
    COMPANY_EXTERNAL_ID_EMPTY(1707, "Company externalId must not be empty"),
    COMPANY_OWN_PARENT(1709, "A company can not be its own parent"),
    CYCLIC_COMPANY_PARENTS(1710, "Cyclic company parents are not supported"),
    HIERARCHY_UPDATE_NOT_ALLOWED(1711, "This update is not allowed: %s"),

    CUSTOM_FIELD_INVALID(1017, "Custom field %s is not defined for the org"),
    NON_LOYALTY_IDENTIFIER_MISSING(1045, "A non-loyalty customer needs a mobile or an email"),
    LOYALTY_DOWNGRADE_NOT_ALLOWED(1046, "A loyalty customer can not become non-loyalty"),
    PROGRAM_INVALID(1213, "Program or tier is not valid: %s"),
    DATE_IN_PAST(1215, "%s can not be in the past"),
    DATE_FORMAT_INVALID(1216, "%s is not a valid date"),
    DATE_TOO_FAR(1217, "%s can not be more than 100 years ahead"),
    IDENTIFIER_TAKEN(8007, "Identifier %s is already registered to another customer"),
    CUSTOMER_NOT_FOUND(8015, "No customer found for the given identifiers"),
    IDENTIFIERS_OF_DIFFERENT_CUSTOMERS(8053, "The identifiers belong to different customers"),
    EMAIL_INVALID(8055, "Email %s is not valid"),
    MOBILE_INVALID(8056, "Mobile %s is not valid"),
    CHANNEL_EMAIL_INVALID(8057, "Email %s of a communication channel is not valid; channel skipped"),
    CHANNEL_MOBILE_INVALID(8058, "Mobile %s of a communication channel is not valid; channel skipped"),
    UPDATE_NOT_ALLOWED(91006, "%s update is not allowed"),
    FIELD_NOT_UPDATED(91015, "Field %s was not updated"),
    TILL_INVALID(91020, "Till %s is not a till of the org"),

    CARD_SERIES_UNKNOWN(3004, "Card series %s does not exist"),
    CARD_NUMBER_EXISTS(3009, "Card number %s already exists"),
    CARD_STATUS_LABEL_INVALID(3017, "Card status label %s is not valid"),
    CARD_NUMBER_TOO_LONG(3024, "Card number can not be longer than 150 characters"),
    CARD_NUMBER_TOO_SHORT(3028, "Card number can not be shorter than 5 characters"),
    ACTIVE_CARDS_EXCEEDED(3036, "Active cards of series %s exceed the allowed number");

    private final int code;
    private final String template;

    ErrorCode(int code, String template) {
        this.code = code;
        this.template = template;
    }

    public int code() {
        return code;
    }

    /** The message with its placeholders filled from {@code details}, in order. */
    public String message(Object... details) {
        return String.format(template, details);
    }
}
