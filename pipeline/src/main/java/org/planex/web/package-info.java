/**
 * The analysts' HTTP server: a JSON API over the search index (described by {@code openapi.json}) and the static
 * page that uses it. It reads, never writes, the index.
 */
package org.planex.web;
