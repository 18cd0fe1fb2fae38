/** HTTP Basic authentication of tills: the till code and the MD5 of its password. */
package io.grouployalty.adapters.rest.auth;
