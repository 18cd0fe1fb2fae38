/** Inbound ports: one interface per use case, the only way adapters drive the application. */
package io.grouployalty.application.port.in;
