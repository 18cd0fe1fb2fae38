/** Reading request JSON into commands: every shape problem collected with the place it is at. */
package io.grouployalty.adapters.rest.json;
