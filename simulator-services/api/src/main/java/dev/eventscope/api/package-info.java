/**
 * The HTTP/WebSocket surface of the services ({@code eventscope serve}) on Javalin: commands and
 * queries by registered type name, the contract list and its OpenAPI document, the event browser,
 * traces, bus, dead letters, health and metrics, and the live hop and event streams. Every error is
 * RFC 9457 problem+json; the server binds loopback unless a bearer token is configured.
 */
package dev.eventscope.api;
