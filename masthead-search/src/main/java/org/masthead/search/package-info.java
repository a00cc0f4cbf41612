/** Masthead search module. */
package org.masthead.search;
