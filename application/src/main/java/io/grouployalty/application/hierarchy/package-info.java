/** Use cases about hierarchy definitions. */
package io.grouployalty.application.hierarchy;
