/** The use cases: inbound ports and the services that carry them out over the domain's outbound ports. */
package io.grouployalty.application;
