/**
 * The notifications bounded context: it listens to order events and e-mails the customer when an
 * order is confirmed, rejected, cancelled or shipped, through a {@code Mailer} port (simulated
 * here). It is the system's clearest outside effect, so it is the one that must skip replayed
 * events; it owns no aggregate and no messages of its own.
 */
package dev.eventscope.services.notifications;
