/** The Dropwizard application: configuration, commands, and the wiring of every ring by hand. */
package io.grouployalty.bootstrap;
