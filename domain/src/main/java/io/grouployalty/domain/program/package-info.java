/** Loyalty programs of an org and their tiers. */
package io.grouployalty.domain.program;
