/** Masthead archive module. */
package org.masthead.archive;
