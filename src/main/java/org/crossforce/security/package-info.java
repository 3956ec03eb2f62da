/**
 * Who is calling. Until sign-in exists, every request acts as the one configured local analyst;
 * services receive that {@link org.crossforce.shared.Caller} and never act on behalf of nobody.
 */
package org.crossforce.security;
