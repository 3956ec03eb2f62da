/** What every REST endpoint shares: errors as JSON problem details that a user can act on. */
package org.crossforce.web;
