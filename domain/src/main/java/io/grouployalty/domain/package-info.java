/** The group loyalty model: customers, their hierarchy and the reference data they are checked against. */
package io.grouployalty.domain;
