/**
 * Small Vietnamese text helpers shared by every stage and by the scorers: one tone-placement convention,
 * one accent folding, one syllable inventory, one word tokenizer.
 */
package org.planex.text;
