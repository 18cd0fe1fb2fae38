/** Card series: the kinds of cards an org issues, their status labels and how many a customer may hold. */
package io.grouployalty.domain.card;
