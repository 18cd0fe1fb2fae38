/** Companies: the fleets customers are associated in, each bound to one hierarchy, arranged under parent companies. */
package io.grouployalty.domain.company;
