/** Use cases about companies. */
package io.grouployalty.application.company;
