/**
 * The Settings screen: where the stores and brokers are (tested before they are saved), the store to
 * use and the theme. It writes {@code settings.yaml} and the owner-only {@code secrets.yaml} through
 * the command line's own {@code SettingsWriter}, so {@code eventscope simulate} reads what was saved.
 */
package dev.eventscope.console.settings;
