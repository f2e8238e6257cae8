/**
 * The shipping bounded context: one {@code Shipment} aggregate per order, scheduled by the
 * fulfilment saga once the payment is authorized, then dispatched and delivered by whoever plays
 * the warehouse (a scenario, an operator in the console). Every command is safe to repeat.
 */
package dev.eventscope.services.shipping;
