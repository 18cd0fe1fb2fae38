/** Code that breaks every architecture rule on purpose, to prove that the rules can fail. */
package io.grouployalty.architecturefixture;
