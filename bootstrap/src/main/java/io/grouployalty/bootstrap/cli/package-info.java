/** Command-line adapters: thin commands over the use cases, reporting to stdout and failing on stderr. */
package io.grouployalty.bootstrap.cli;
