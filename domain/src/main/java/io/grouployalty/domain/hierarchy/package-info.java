/** Hierarchy definitions: the chain of roles a fleet is organised in, and the rules for defining and changing it. */
package io.grouployalty.domain.hierarchy;
