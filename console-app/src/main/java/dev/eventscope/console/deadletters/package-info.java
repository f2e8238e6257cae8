/**
 * The Dead letters screen: messages a subscriber parked after failing on them again and again —
 * which subscriber, which event, the error — with retry and discard.
 */
package dev.eventscope.console.deadletters;
