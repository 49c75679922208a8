/**
 * The diacritics stage (not built yet: see its issue). A stage reads the document earlier stages filled and
 * returns it enriched; it never reaches into another stage's package.
 */
package org.planex.diacritics;
