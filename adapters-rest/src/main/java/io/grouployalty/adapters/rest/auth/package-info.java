/** HTTP Basic authentication of tills (the till code and the MD5 of its password) and the failed-login throttle. */
package io.grouployalty.adapters.rest.auth;
