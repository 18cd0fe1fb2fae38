/** Use cases about orgs: applying org files, listing orgs and their sources, authenticating tills. */
package io.grouployalty.application.org;
