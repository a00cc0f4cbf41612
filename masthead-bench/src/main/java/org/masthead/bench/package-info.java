/** Masthead bench module. */
package org.masthead.bench;
