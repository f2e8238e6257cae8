/**
 * The fulfilment bounded context: the saga (process manager) that carries a placed order through
 * stock reservation, payment authorization and shipment scheduling to confirmation, and undoes
 * what was done (release stock, refund) when the order is rejected, cancelled or runs out of time.
 * It owns no aggregate: its state lives in memory, rebuilt from the other contexts' events, and it
 * answers "where does this order's fulfilment stand, and until when may it wait?".
 */
package dev.eventscope.services.fulfilment;
