package io.grouployalty.adapters.rest.customer;

/** What a {@code PUT} bulk answer shows of one item: the customer as the item left it, or why the item failed (API.md §3.3). */
sealed interface ItemJson permits CustomerJson, FailedItemJson {
}
