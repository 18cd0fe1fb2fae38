/** Orgs (the tenants), their tills (the callers) and the sources they enable. */
package io.grouployalty.domain.org;
