/**
 * Trainer controls on the Flow screen: pause, step and resume the outbox dispatcher, slow motion
 * (the console pauses it and steps it on the UI tick, the dispatcher having no rate setting), and
 * presentation mode (larger type for a projector).
 */
package dev.eventscope.console.playback;
