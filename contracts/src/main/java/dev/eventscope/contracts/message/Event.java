package dev.eventscope.contracts.message;

/** A fact that happened, named in the past tense ({@code OrderPlaced}). */
public interface Event extends Message {}
