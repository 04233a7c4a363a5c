package org.sujarit.opendata.publish;

/**
 * A publication as people read it.
 *
 * @param target the portal's name, or "Sujarit's catalogue" in the reader's language
 * @param error why it failed, in the reader's language; null when it did not
 */
public record PublicationView(Publication publication, String target, String error) {
}
