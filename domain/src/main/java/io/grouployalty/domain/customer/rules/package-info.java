/**
 * The rules of API.md §3.3 as a rulebook: one step per paragraph, each a pure function over a loaded {@link
 * io.grouployalty.domain.customer.rules.World}; {@link io.grouployalty.domain.customer.rules.ItemRules} lists them in order.
 */
package io.grouployalty.domain.customer.rules;
