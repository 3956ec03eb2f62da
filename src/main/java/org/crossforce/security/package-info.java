/**
 * Who is calling and what they may read: accounts, sign-in (password, a force's identity provider,
 * API tokens), sign-in sessions shared by every instance, sharing agreements and the grants they
 * give. Services receive the resulting {@link org.crossforce.shared.Caller} and never act on behalf
 * of nobody.
 */
package org.crossforce.security;
